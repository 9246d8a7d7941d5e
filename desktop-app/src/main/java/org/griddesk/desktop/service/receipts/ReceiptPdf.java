package org.griddesk.desktop.service.receipts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.text.MessageFormat;
import java.util.ResourceBundle;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The receipt a resident keeps: one A5 page with what was applied for, who applied (identity number masked), the
 * materials handed in, the worker to call, how to follow up, and a QR code holding the application id. Plain Java,
 * no screen needed; the Chinese font is subset-embedded, so the PDF reads the same on any machine.
 */
public final class ReceiptPdf {

    private static final float MARGIN = 40;
    private static final float QR_SIZE = 110;

    private final CjkFont font;

    public ReceiptPdf(CjkFont font) {
        this.font = font;
    }

    /** With the first Chinese TrueType font of this machine; none found is a clear error, not a blank receipt. */
    public static ReceiptPdf withSystemFont() {
        return new ReceiptPdf(CjkFonts.find().orElseThrow(CjkFonts.NoCjkFontException::new));
    }

    public byte[] write(ReceiptData receipt, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("org.griddesk.desktop.service.receipts.receipt", locale,
                // an English screen on a Chinese system gets English labels, not the system's
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        try (CjkFont.AutoCloseableHolder fonts = new CjkFont.AutoCloseableHolder();
             PDDocument document = new PDDocument()) {
            PDType0Font pdfFont = font.load(document, fonts);
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            PDRectangle box = page.getMediaBox();
            PDImageXObject qr = LosslessFactory.createFromImage(document, QrCodes.of(receipt.applicationId(), 330));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(qr, box.getWidth() - MARGIN - QR_SIZE, box.getHeight() - MARGIN - QR_SIZE,
                        QR_SIZE, QR_SIZE);
                Lines lines = new Lines(content, pdfFont, MARGIN, box.getHeight() - MARGIN - 18,
                        texts.getString("receipt.field"));
                lines.write(texts.getString("receipt.title"), 18, box.getWidth() - 2 * MARGIN - QR_SIZE);
                lines.skip(14);
                float width = box.getWidth() - 2 * MARGIN - QR_SIZE - 8;
                lines.field(texts.getString("receipt.type"), receipt.applicationType(), width);
                lines.field(texts.getString("receipt.resident"), receipt.residentName(), width);
                lines.field(texts.getString("receipt.idNumber"), receipt.maskedIdNumber(), width);
                lines.field(texts.getString("receipt.date"), DateTimeFormatter.ISO_LOCAL_DATE.format(receipt.date()),
                        width);
                width = box.getWidth() - 2 * MARGIN;
                lines.field(texts.getString("receipt.materials"), receipt.materials().isEmpty()
                        ? texts.getString("receipt.materials.none")
                        : String.join(texts.getString("receipt.materials.separator"), receipt.materials()), width);
                lines.field(texts.getString("receipt.worker"), receipt.workerName(), width);
                lines.field(texts.getString("receipt.phone"), receipt.workerPhone().isBlank()
                        ? texts.getString("receipt.phone.none") : receipt.workerPhone(), width);
                lines.field(texts.getString("receipt.number"), receipt.applicationId(), width);
                lines.skip(10);
                lines.write(texts.getString("receipt.followUp"), 11, width);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the receipt could not be drawn", e);
        }
    }

    /** Text set line by line downwards, wrapped to a width. */
    private static final class Lines {
        private final PDPageContentStream content;
        private final PDType0Font font;
        private final float left;
        /** "label：value" in Chinese, "label: value" in English. */
        private final String fieldPattern;
        private float y;

        Lines(PDPageContentStream content, PDType0Font font, float left, float top, String fieldPattern) {
            this.fieldPattern = fieldPattern;
            this.content = content;
            this.font = font;
            this.left = left;
            this.y = top;
        }

        void field(String label, String value, float width) throws IOException {
            write(MessageFormat.format(fieldPattern, label, value == null ? "" : value), 12, width);
        }

        void write(String text, float size, float width) throws IOException {
            for (String line : wrap(text, size, width)) {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(left, y);
                content.showText(line);
                content.endText();
                y -= size * 1.6f;
            }
        }

        void skip(float points) {
            y -= points;
        }

        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                String next = line + new String(Character.toChars(codePoint));
                if (line.length() > 0 && font.getStringWidth(next) / 1000 * size > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
