package org.griddesk.desktop.service.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

    /** Fails with the reason when the machine has no Chinese TrueType font (install fonts-wqy-microhei). */
    static ReceiptPdf receipts() {
        return ReceiptPdf.withSystemFont();
    }

    private static final ReceiptData RECEIPT = new ReceiptData("0194b2c6-7d3e-7a11-8000-1234567890ab", "王秀英",
            "4201**********002X", "高龄津贴申请", LocalDate.of(2026, 12, 6),
            List.of("身份证复印件", "银行卡复印件"), "网格员李明", "13800001234");

    @Test
    void theReceiptSaysWhoAppliedForWhatWithTheNumberMaskedAndAQrCodeOfTheApplication() throws Exception {
        byte[] pdf = receipts().write(RECEIPT, Locale.SIMPLIFIED_CHINESE);
        String text = ReceiptReading.text(pdf);
        assertTrue(text.contains("代办申请回执"), text);
        assertTrue(text.contains("王秀英"), text);
        assertTrue(text.contains("4201**********002X"), text);
        assertTrue(text.contains("高龄津贴申请"), text);
        assertTrue(text.contains("2026-12-06"), text);
        assertTrue(text.contains("身份证复印件、银行卡复印件"), text);
        assertTrue(text.contains("网格员李明") && text.contains("13800001234"), text);
        assertTrue(text.contains("如何查询"), text);
        assertTrue(text.contains("申请人：王秀英"), "a label and its value, as Chinese writes them: " + text);
        assertEquals(1, ReceiptReading.pages(pdf));
        assertEquals(RECEIPT.applicationId(), ReceiptReading.qrCode(pdf));
    }

    @Test
    void theChineseFontIsASubsetEmbeddedInTheFile() throws Exception {
        byte[] pdf = receipts().write(RECEIPT, Locale.SIMPLIFIED_CHINESE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "a subset is named with a tag: " + font.getName());
            }
        }
        assertTrue(pdf.length < 200_000, "a subset, not the whole font: " + pdf.length + " bytes");
    }

    @Test
    void anEnglishReceiptHasEnglishLabels() throws Exception {
        String text = ReceiptReading.text(receipts().write(RECEIPT, Locale.ENGLISH));
        assertTrue(text.contains("Application receipt"), text);
        assertTrue(text.contains("Materials handed in"), text);
        assertTrue(text.contains("Applicant: 王秀英"), "no full-width colon in English: " + text);
        assertFalse(text.contains("回执编号"), text);
    }

    @Test
    void aMachineWithoutAnyChineseTrueTypeFontIsToldSo() {
        assertTrue(CjkFont.open(java.nio.file.Path.of("/nonexistent/font.ttc")).isEmpty());
        assertTrue(new CjkFonts.NoCjkFontException().getMessage().contains("fonts-wqy-microhei"));
    }
}
