package org.griddesk.desktop.service.applications;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.service.forms.AnswerOutcome;
import org.griddesk.desktop.service.forms.FormItem;
import org.griddesk.model.forms.XlsFormConverter;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;

/**
 * The built-in 最低生活保障申请 template (the workbook the platform publishes, converted as the platform converts it)
 * and an application for 王秀英 filled in with six household members.
 */
final class DibaoFormFixture {

    static final Path WORKBOOK = Path.of("../county-platform/src/main/resources/templates/minimum_living_allowance.xlsx");
    static final byte[] SIGNATURE_PNG = tinyPng();
    /** Identity numbers of the six members (valid GB 11643 shape; the first is 王秀英's). */
    static final List<String> MEMBER_IDS = List.of(ApplicationFixtures.WANG_ID, "500101196805120031",
            "500101197001150026", "500101199203040013", "500101199511200028", "500101201509090016");

    private DibaoFormFixture() {
    }

    static void pullTemplate(DeviceStore store) throws Exception {
        XlsFormConverter.ConvertedForm converted;
        try (InputStream in = Files.newInputStream(WORKBOOK)) {
            converted = new XlsFormConverter().convert(in);
        }
        ApplicationFixtures.pull(store, new SyncRecord(ApplicationFields.TEMPLATE_TYPE,
                "01930000-0000-7000-8000-00000000f003", Map.of(
                ApplicationFields.FORM_ID, converted.info().formId(), ApplicationFields.VERSION,
                converted.info().version(), ApplicationFields.TITLE, converted.info().title(),
                ApplicationFields.LANGUAGES, converted.info().languages(), ApplicationFields.XFORM, converted.xform(),
                ApplicationFields.TEMPLATE_STATUS, "active"), 1, false));
    }

    /** Starts, fills in, signs and submits the 低保 application of 王秀英 with six members. */
    static Application submitted(ApplicationService applications, String residentId) {
        FormTemplate template = applications.templates().stream()
                .filter(t -> t.formId().equals("minimum_living_allowance")).findFirst().orElseThrow();
        OpenApplication open = applications.start(residentId, template, "");
        answer(open, "/sex", 0, "2");
        answer(open, "/phone", 0, "13812345678");
        answer(open, "/address", 0, "东方广场1号");
        answer(open, "/division_code", 0, "500101001001");
        answer(open, "/apply_reason", 0, "illness");
        while (questions(open, "/member_name").size() < 6) {
            open.form().addRepeat(open.form().items().stream().filter(item -> item instanceof FormItem.AddRepeat)
                    .findFirst().orElseThrow().key());
        }
        String[] names = {"王秀英", "李建国", "张梅", "李强", "李娜", "李小宝"};
        String[] relations = {"01", "10", "30", "20", "30", "40"};
        String[] health = {"chronic", "serious", "healthy", "disabled", "healthy", "healthy"};
        String[] identity = {"retired", "farmer", "farmer", "unemployed", "student", "child"};
        for (int i = 0; i < 6; i++) {
            answer(open, "/member_name", i, names[i]);
            answer(open, "/member_id_number", i, MEMBER_IDS.get(i));
            answer(open, "/member_relation", i, relations[i]);
            answer(open, "/member_identity", i, identity[i]);
            answer(open, "/member_health", i, health[i]);
            answer(open, "/member_income", i, Integer.toString(100 * i));
        }
        answer(open, "/savings", 0, "3000");
        answer(open, "/houses", 0, "1");
        answer(open, "/has_vehicle", 0, "no");
        answer(open, "/materials", 0, "id_card hukou medical");
        applications.sign(open, questions(open, "/signature").get(0).key(), SIGNATURE_PNG, false, "", "");
        return applications.submit(open);
    }

    private static void answer(OpenApplication open, String pathEnd, int nth, String value) {
        AnswerOutcome outcome = open.form().answer(questions(open, pathEnd).get(nth).key(), value);
        assertTrue(outcome.accepted(), pathEnd + " " + nth + ": " + outcome);
    }

    private static List<FormItem.Question> questions(OpenApplication open, String pathEnd) {
        return open.form().items().stream().filter(item -> item instanceof FormItem.Question)
                .map(item -> (FormItem.Question) item).filter(q -> q.path().endsWith(pathEnd)).toList();
    }

    private static byte[] tinyPng() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 40,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D graphics = image.createGraphics();
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, 120, 40);
            graphics.setColor(java.awt.Color.BLACK);
            graphics.drawLine(5, 30, 115, 10);
            graphics.dispose();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
