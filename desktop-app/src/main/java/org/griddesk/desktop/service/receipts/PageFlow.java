package org.griddesk.desktop.service.receipts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Text and pictures set downwards over as many pages as they need: whatever does not fit on the page goes to a new
 * one, and a block asked to stay together ({@link #keep}) moves whole. Characters the font cannot draw become "?"
 * rather than failing the whole document.
 */
final class PageFlow implements AutoCloseable {

    static final float MARGIN = 50;
    static final float FOOTER = 30;

    private final PDDocument document;
    private final PDType0Font font;
    private final PDRectangle size;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument document, PDType0Font font, PDRectangle size) {
        this.document = document;
        this.font = font;
        this.size = size;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** The height one page holds between its margins. */
    float pageHeight() {
        return size.getHeight() - 2 * MARGIN - FOOTER;
    }

    /** Starts a new page when fewer than {@code height} points are left on this one (or none was started). */
    void keep(float height) throws IOException {
        if (content == null || y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    void skip(float points) {
        y -= points;
    }

    static float leading(float fontSize) {
        return fontSize * 1.5f;
    }

    /** Writes wrapped text at {@code indent} from the left margin, moving down; each line keeps to one page. */
    void write(String text, float fontSize, float indent, float width) throws IOException {
        for (String line : wrap(text, fontSize, width)) {
            keep(leading(fontSize));
            show(line, fontSize, MARGIN + indent, y - fontSize);
            y -= leading(fontSize);
        }
    }

    /**
     * A label and its value side by side, each wrapped in its column; the row moves to the next page whole when it
     * fits on one, else line by line.
     */
    void row(String label, String value, float fontSize, float indent, float labelWidth) throws IOException {
        float valueWidth = width() - indent - labelWidth - 8;
        List<String> labels = wrap(label, fontSize, labelWidth);
        List<String> values = wrap(value, fontSize, valueWidth);
        int lines = Math.max(labels.size(), values.size());
        if (lines * leading(fontSize) <= pageHeight()) {
            keep(lines * leading(fontSize));
        }
        for (int i = 0; i < lines; i++) {
            keep(leading(fontSize));
            if (i < labels.size()) {
                show(labels.get(i), fontSize, MARGIN + indent, y - fontSize);
            }
            if (i < values.size()) {
                show(values.get(i), fontSize, MARGIN + indent + labelWidth + 8, y - fontSize);
            }
            y -= leading(fontSize);
        }
    }

    /** A picture at {@code x} from the left margin, scaled down to fit the box, never up; moves down past it. */
    void picture(PDImageXObject image, float x, float maxWidth, float maxHeight) throws IOException {
        float scale = Math.min(1f, Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight()));
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        keep(height + 4);
        content.drawImage(image, MARGIN + x, y - height, width, height);
        y -= height + 4;
    }

    /** A thin line across the text width, as under a title. */
    void rule(float indent) throws IOException {
        keep(6);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN + indent, y - 2);
        content.lineTo(size.getWidth() - MARGIN, y - 2);
        content.stroke();
        y -= 6;
    }

    float textWidth(String text, float fontSize) throws IOException {
        return font.getStringWidth(drawable(text)) / 1000 * fontSize;
    }

    private void show(String text, float fontSize, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, fontSize);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    List<String> wrap(String text, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : drawable(text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (int i = 0; i < paragraph.length(); ) {
                int codePoint = paragraph.codePointAt(i);
                String character = new String(Character.toChars(codePoint));
                float advance = font.getStringWidth(character) / 1000 * fontSize;
                if (line.length() > 0 && used + advance > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.append(character);
                used += advance;
                i += Character.charCount(codePoint);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n' || drawable.computeIfAbsent(codePoint, this::canDraw)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(Character.isWhitespace(codePoint) ? ' ' : '?');
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return !Character.isISOControl(codePoint);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
