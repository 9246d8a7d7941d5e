package org.griddesk.desktop.service.receipts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The application form itself as A4 pages: who applied, then every question with its answer read-only, groups as
 * headings, each entry of a repeat as a numbered block, pictures and the signature small. Long forms run over as
 * many pages as they need, each page numbered; a heading never ends a page alone.
 */
public final class FormPdf {

    private static final float TITLE = 18;
    private static final float HEADING = 13.5f;
    private static final float TEXT = 11;
    private static final float INDENT = 14;
    private static final int MAX_PIXELS = 1000;

    private final CjkFont font;

    public FormPdf(CjkFont font) {
        this.font = font;
    }

    /** With the first Chinese TrueType font of this machine; none found is a clear error, not a blank form. */
    public static FormPdf withSystemFont() {
        return new FormPdf(CjkFonts.find().orElseThrow(CjkFonts.NoCjkFontException::new));
    }

    public byte[] write(FormPrint form, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("org.griddesk.desktop.service.receipts.receipt", locale,
                // an English screen on a Chinese system gets English labels, not the system's
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        try (CjkFont.AutoCloseableHolder fonts = new CjkFont.AutoCloseableHolder();
             PDDocument document = new PDDocument()) {
            PDType0Font pdfFont = font.load(document, fonts);
            try (PageFlow flow = new PageFlow(document, pdfFont, PDRectangle.A4)) {
                header(flow, form, texts);
                for (FormPrint.Line line : form.lines()) {
                    line(flow, document, line, texts);
                }
            }
            footers(document, pdfFont, form.title(), texts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the application form could not be drawn", e);
        }
    }

    private static void header(PageFlow flow, FormPrint form, ResourceBundle texts) throws IOException {
        flow.write(form.title(), TITLE, 0, flow.width());
        flow.skip(4);
        float labelWidth = flow.width() * 0.25f;
        flow.row(texts.getString("receipt.resident"), form.residentName(), TEXT, 0, labelWidth);
        flow.row(texts.getString("receipt.idNumber"), form.maskedIdNumber(), TEXT, 0, labelWidth);
        flow.row(texts.getString("formpdf.number"), form.applicationId(), TEXT, 0, labelWidth);
        flow.row(texts.getString("formpdf.date"), DateTimeFormatter.ISO_LOCAL_DATE.format(form.date()), TEXT, 0,
                labelWidth);
        flow.row(texts.getString("receipt.worker"), form.worker(), TEXT, 0, labelWidth);
        flow.rule(0);
        flow.skip(6);
    }

    private static void line(PageFlow flow, PDDocument document, FormPrint.Line line, ResourceBundle texts)
            throws IOException {
        float indent = line.depth() * INDENT;
        float labelWidth = Math.max(90, flow.width() * 0.38f - indent);
        if (line instanceof FormPrint.Heading heading) {
            // the heading and the first answers under it start on the same page
            flow.keep(PageFlow.leading(HEADING) + 8 + 2 * PageFlow.leading(TEXT));
            flow.skip(8);
            flow.write(heading.text(), HEADING, indent, flow.width() - indent);
        } else if (line instanceof FormPrint.Entry entry) {
            flow.keep(4 + PageFlow.leading(TEXT + 1) + 6 + 2 * PageFlow.leading(TEXT));
            flow.skip(4);
            flow.write(MessageFormat.format(texts.getString("formpdf.entry"), entry.label(), entry.number()),
                    TEXT + 1, indent, flow.width() - indent);
            flow.rule(indent);
        } else if (line instanceof FormPrint.Field field) {
            flow.row(field.label(), field.value().isBlank() ? texts.getString("formpdf.unanswered") : field.value(),
                    TEXT, indent, labelWidth);
        } else if (line instanceof FormPrint.Note note) {
            flow.write(note.text(), TEXT - 1, indent, flow.width() - indent);
        } else if (line instanceof FormPrint.Picture picture) {
            picture(flow, document, picture, texts, indent, labelWidth);
        }
    }

    private static void picture(PageFlow flow, PDDocument document, FormPrint.Picture picture, ResourceBundle texts,
                                float indent, float labelWidth) throws IOException {
        if (picture.image().length == 0) {
            flow.row(picture.label(), texts.getString("formpdf.noPicture"), TEXT, indent, labelWidth);
            return;
        }
        float maxHeight = picture.signature() ? 60 : 120;
        PDImageXObject image;
        try {
            image = printable(document, picture.image());
        } catch (IOException | RuntimeException unreadable) {
            flow.row(picture.label(), texts.getString("formpdf.noPicture"), TEXT, indent, labelWidth);
            return;
        }
        // the label keeps with its picture
        flow.keep(PageFlow.leading(TEXT) + Math.min(maxHeight, image.getHeight()) + 4);
        flow.row(picture.label(), "", TEXT, indent, labelWidth);
        flow.picture(image, indent + labelWidth + 8, flow.width() - indent - labelWidth - 8, maxHeight);
    }

    /**
     * The picture as the page needs it: a scan of several megapixels is shrunk (to 1000 pixels at most, about 200 dpi
     * at the size printed), so a form with a few scans stays a small file; small pictures go in as they are.
     */
    private static PDImageXObject printable(PDDocument document, byte[] bytes) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        if (decoded == null) {
            throw new IOException("not a picture");
        }
        if (Math.max(decoded.getWidth(), decoded.getHeight()) <= MAX_PIXELS) {
            return PDImageXObject.createFromByteArray(document, bytes, "answer");
        }
        double scale = (double) MAX_PIXELS / Math.max(decoded.getWidth(), decoded.getHeight());
        int width = Math.max(1, (int) Math.round(decoded.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(decoded.getHeight() * scale));
        BufferedImage shrunk = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = shrunk.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
        graphics.drawImage(decoded, 0, 0, width, height, null);
        graphics.dispose();
        return JPEGFactory.createFromImage(document, shrunk, 0.85f);
    }

    /** "标题 · 第 2 页，共 3 页" at the foot of every page, once the number of pages is known. */
    private static void footers(PDDocument document, PDType0Font font, String title, ResourceBundle texts)
            throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            String text = MessageFormat.format(texts.getString("formpdf.page"), title, i + 1, pages);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float width = font.getStringWidth(safe(font, text)) / 1000 * 9;
                content.beginText();
                content.setFont(font, 9);
                content.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, PageFlow.MARGIN - 10);
                content.showText(safe(font, text));
                content.endText();
            }
        }
    }

    private static String safe(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                out.appendCodePoint(codePoint);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
