package org.griddesk.desktop.service.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.receipts.FormPdf;
import org.griddesk.desktop.service.receipts.FormPrint;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 低保 application of six members printed as a form, read back with PDFBox as a person would read it. */
class ApplicationFormPdfTest {

    @TempDir
    Path dataDir;
    private EncryptedDeviceSession session;
    private Applications services;
    private Application application;

    @BeforeEach
    void submitTheDibaoApplication() throws Exception {
        session = RegistryFixtures.newSession(dataDir, "申请表-打印-测试-2026");
        String wang = ApplicationFixtures.residents(session);
        DibaoFormFixture.pullTemplate(session.records());
        services = Applications.open(session);
        application = DibaoFormFixture.submitted(services.applications(), wang);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void labelsAndAnswersArePrintedInChineseWithChoicesByTheirLabelsAndNumbersMasked() throws Exception {
        byte[] pdf = FormPdf.withSystemFont().write(services.formPrints().printOf(application, "zh"),
                Locale.SIMPLIFIED_CHINESE);
        String text = text(pdf);
        for (String expected : List.of("最低生活保障申请", "申请人信息", "公民身份号码", "王秀英", "家庭成员（1）",
                "家庭成员（6）", "李小宝", "与申请人关系", "配偶", "健康状况", "慢性病", "重病", "残疾", "身份类别", "退休",
                "家庭收入和财产", "因病", "病历或诊断证明", application.id())) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("chronic"), "a choice shows by its label, not its value");
        for (String id : DibaoFormFixture.MEMBER_IDS) {
            assertFalse(text.contains(id), "no identity number in full: " + id);
            assertTrue(text.contains(id.substring(0, 4) + "**********" + id.substring(14)), "masked " + id);
        }
        assertTrue(text.contains(ApplicationFixtures.WANG_MASKED), text);
        assertTrue(text.contains("138****5678"), "the phone masked");
        assertFalse(text.contains("13812345678"));
        assertTrue(text.contains("500101001001"), "a division code is no personal number and stays whole");
    }

    @Test
    void sixMembersRunOverSeveralNumberedPagesAndNoHeadingEndsAPage() throws Exception {
        byte[] pdf = FormPdf.withSystemFont().write(services.formPrints().printOf(application, "zh"),
                Locale.SIMPLIFIED_CHINESE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = Arrays.stream(stripper.getText(document).split("\\R"))
                        .filter(line -> !line.isBlank()).toList();
                String footer = lines.get(lines.size() - 1);
                assertTrue(footer.contains("第 " + page + " 页，共 " + pages + " 页"), footer);
                String lastContent = lines.get(lines.size() - 2);
                assertFalse(lastContent.matches("家庭成员（\\d）|申请人信息|家庭收入和财产"),
                        "page " + page + " ends with a heading: " + lastContent);
            }
        }
    }

    @Test
    void theSignatureIsEmbeddedSmallFromTheEncryptedBlobStore() throws Exception {
        FormPrint print = services.formPrints().printOf(application, "zh");
        FormPrint.Picture signature = print.lines().stream().filter(line -> line instanceof FormPrint.Picture)
                .map(line -> (FormPrint.Picture) line).findFirst().orElseThrow();
        assertTrue(signature.signature());
        assertTrue(Arrays.equals(DibaoFormFixture.SIGNATURE_PNG, signature.image()));
        byte[] pdf = FormPdf.withSystemFont().write(print, Locale.SIMPLIFIED_CHINESE);
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        assertEquals(120, image.getWidth());
                        images++;
                    }
                }
            }
        }
        assertEquals(1, images);
    }

    @Test
    void anEnglishScreenPrintsTheTemplatesEnglishLabels() throws Exception {
        String text = text(FormPdf.withSystemFont().write(services.formPrints().printOf(application, "en"),
                Locale.ENGLISH));
        for (String expected : List.of("Household members (6)", "Health", "Chronic illness", "Relation to the applicant",
                "Spouse", "Applicant", "page 1 of")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("慢性病"), text);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
