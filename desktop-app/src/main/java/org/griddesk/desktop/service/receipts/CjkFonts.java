package org.griddesk.desktop.service.receipts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a Chinese font PDFBox can subset-embed: TrueType outlines (a {@code glyf} table), a single font or one member
 * of a collection. PDFBox cannot embed CFF outlines (most OpenType CJK fonts, Noto Sans CJK included), so those
 * are passed over. fontconfig is asked first, then the places the usual fonts are installed on Linux, Windows and
 * macOS.
 */
public final class CjkFonts {

    static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    private CjkFonts() {
    }

    /** The first usable font file, or empty: the caller says clearly that a CJK TrueType font must be installed. */
    public static Optional<CjkFont> find() {
        List<Path> candidates = new ArrayList<>();
        fontconfigChoice().ifPresent(candidates::add);
        KNOWN.forEach(path -> candidates.add(Path.of(path)));
        for (Path candidate : candidates) {
            Optional<CjkFont> font = CjkFont.open(candidate);
            if (font.isPresent()) {
                return font;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> fontconfigChoice() {
        try {
            Process process = new ProcessBuilder("fc-match", "-f", "%{file}", "sans:lang=zh-cn")
                    .redirectErrorStream(true).start();
            String file;
            try (InputStream out = process.getInputStream()) {
                file = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            Path path = Path.of(file);
            return !file.isEmpty() && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no fontconfig here (Windows, macOS): the known paths follow
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Thrown where a receipt is asked for on a machine without any usable Chinese font. */
    public static final class NoCjkFontException extends IllegalStateException {
        public NoCjkFontException() {
            super("no Chinese TrueType font found (install e.g. fonts-wqy-microhei); tried fc-match and " + KNOWN);
        }
    }
}
