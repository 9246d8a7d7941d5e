package org.griddesk.desktop.service.receipts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A font file holding a TrueType font with Chinese glyphs; one member is taken from a collection (.ttc). */
public final class CjkFont {

    private final Path file;
    private final String memberName;

    private CjkFont(Path file, String memberName) {
        this.file = file;
        this.memberName = memberName;
    }

    public Path file() {
        return file;
    }

    static Optional<CjkFont> open(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            if (name.endsWith(".ttc")) {
                String[] found = new String[1];
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    collection.processAllFonts(font -> {
                        if (found[0] == null && usable(font)) {
                            found[0] = font.getName();
                        }
                    });
                }
                return Optional.ofNullable(found[0]).map(member -> new CjkFont(file, member));
            }
            if (name.endsWith(".ttf")) {
                try (TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                        .parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    return usable(font) ? Optional.of(new CjkFont(file, null)) : Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or unreadable: the next candidate is tried
        }
        return Optional.empty();
    }

    private static boolean usable(TrueTypeFont font) throws IOException {
        return font.getTableMap().containsKey("glyf") && font.getUnicodeCmapLookup() != null
                && font.getUnicodeCmapLookup().getGlyphId('中') > 0;
    }

    /**
     * Loads the font into the document, subset-embedded. A collection stays open until the document is saved,
     * so it is handed back to be closed by the caller after saving.
     */
    PDType0Font load(PDDocument document, AutoCloseableHolder holder) throws IOException {
        if (memberName == null) {
            return PDType0Font.load(document, file.toFile());
        }
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        holder.hold(collection);
        return PDType0Font.load(document, collection.getFontByName(memberName), true);
    }

    /** Things to close once the document is written. */
    static final class AutoCloseableHolder implements AutoCloseable {
        private final java.util.List<AutoCloseable> held = new java.util.ArrayList<>();

        void hold(AutoCloseable closeable) {
            held.add(closeable);
        }

        @Override
        public void close() throws IOException {
            for (AutoCloseable closeable : held) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IOException("a font file could not be closed", e);
                }
            }
        }
    }
}
