package org.griddesk.desktop.service.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** The printed form's writer on its own: big scans, characters the font lacks, text longer than a page. */
class FormPdfTest {

    private static FormPrint form(List<FormPrint.Line> lines) {
        return new FormPrint("残疾人两项补贴申请", "0194b2c6-7d3e-7a11-8000-1234567890ab", "王秀英",
                "5001**********004X", LocalDate.of(2026, 12, 6), "李明", lines);
    }

    @Test
    void aLargeScanIsShrunkForThePageAndAMissingPictureIsSaid() throws Exception {
        BufferedImage scan = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 3000; x++) {
            scan.setRGB(x, x % 2000, 0x336699);
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(scan, "jpg", jpeg);
        byte[] pdf = FormPdf.withSystemFont().write(form(List.of(
                new FormPrint.Picture("残疾人证照片", jpeg.toByteArray(), false, 0),
                new FormPrint.Picture("户口簿", new byte[0], false, 0))), Locale.SIMPLIFIED_CHINESE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            List<Integer> widths = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    widths.add(image.getWidth());
                }
            }
            assertEquals(List.of(1000), widths, "3000 pixels wide in, 1000 on the page");
        }
        String text = ReceiptReading.text(pdf);
        assertTrue(text.contains("残疾人证照片") && text.contains("户口簿") && text.contains("（图片不在本机）"), text);
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMarkAndLongTextRunsOnToNewPages() throws Exception {
        List<FormPrint.Line> lines = new ArrayList<>();
        lines.add(new FormPrint.Field("意见", "很好\uD83D\uDE00谢谢", 0));
        lines.add(new FormPrint.Note("本人承诺以上信息真实有效。".repeat(400), 0));
        byte[] pdf = FormPdf.withSystemFont().write(form(lines), Locale.SIMPLIFIED_CHINESE);
        String text = ReceiptReading.text(pdf);
        assertTrue(text.contains("很好?谢谢"), text);
        assertTrue(ReceiptReading.pages(pdf) > 1);
        assertTrue(text.contains("第 " + ReceiptReading.pages(pdf) + " 页，共 " + ReceiptReading.pages(pdf) + " 页"), text);
    }
}
