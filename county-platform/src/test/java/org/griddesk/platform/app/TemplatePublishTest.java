package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code template publish | list | retire} against a running platform's database: what is published reaches every
 * device through the normal pull, a bad form stores nothing, and a version is published once.
 */
class TemplatePublishTest {
    @TempDir
    Path folder;

    private SyncTestPlatform platform;

    @BeforeEach
    void start() {
        platform = new SyncTestPlatform(folder);
        platform.addUser("wang", "worker", SyncTestPlatform.GRID_A);
        platform.addUser("zhao", "worker", SyncTestPlatform.GRID_B);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    record Run(int code, String out, String err) {
    }

    private Run template(String... args) {
        List<String> all = new ArrayList<>(List.of("template"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", folder.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void eachBuiltInXlsFormPublishesAndReachesEveryDevice() throws Exception {
        for (String file : List.of("elderly_allowance", "pension_certification", "minimum_living_allowance",
                "disability_subsidy")) {
            Run run = template("publish", "--file", TemplateFiles.BUILT_IN.resolve(file + ".xlsx").toString());
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().startsWith("Published " + file + " version 2025.1 (active)"), run.out());
        }
        Run again = template("publish", "--builtin");
        assertEquals(0, again.code(), again.err());
        assertEquals(4, again.out().lines().filter(line -> line.startsWith("Already published")).count(), again.out());

        for (String worker : List.of("wang", "zhao")) {
            JsonNode records = platform.pullAll(platform.login(worker, worker + "-laptop")).path("records");
            List<JsonNode> templates = new ArrayList<>();
            records.forEach(record -> {
                if (record.path("type").asText().equals("form_template")) {
                    templates.add(record);
                }
            });
            assertEquals(4, templates.size(), records.toString());
            JsonNode elderly = templates.get(0).path("fields");
            assertEquals("elderly_allowance", elderly.path("formId").asText());
            assertEquals("高龄津贴申请", elderly.path("title").asText());
            assertEquals("[\"中文 (zh)\",\"English (en)\"]", elderly.path("languages").toString());
            assertEquals("active", elderly.path("status").asText());
            assertEquals(80, elderly.path("minAge").asInt());
            assertTrue(elderly.path("xform").asText().contains("gd:prefill=\"resident.birthDate\""));
        }
    }

    @Test
    void malformedFormsAreRefusedAndNothingIsStored() throws Exception {
        Path badType = TemplateFiles.simpleForm(folder.resolve("bad.xlsx"), "bad", "1", "geopoint", "Where");
        Run refused = template("publish", "--file", badType.toString());
        assertEquals(PlatformCommandLine.EXIT_USAGE, refused.code());
        assertTrue(refused.err().contains("survey sheet, row 3, column type"), refused.err());

        Path badExpression = TemplateFiles.xlsx(folder.resolve("expr.xlsx"), List.of(
                new Object[] {"survey", new String[] {"type", "name", "label", "constraint"},
                    new String[] {"integer", "n", "N", ". >>= 3"}},
                new Object[] {"settings", new String[] {"form_id", "version", "form_title"},
                    new String[] {"expr", "1", "Expr"}}));
        Run javaRosaRefused = template("publish", "--file", badExpression.toString());
        assertEquals(PlatformCommandLine.EXIT_USAGE, javaRosaRefused.code(), javaRosaRefused.out());
        assertTrue(javaRosaRefused.err().contains("JavaRosa"), javaRosaRefused.err());

        Path notXml = Files.writeString(folder.resolve("form.xml"), "<h:html><unclosed>");
        Run xmlRefused = template("publish", "--file", notXml.toString());
        assertEquals(PlatformCommandLine.EXIT_USAGE, xmlRefused.code());
        assertTrue(xmlRefused.err().contains("form.xml"), xmlRefused.err());

        Run list = template("list");
        assertEquals("No templates published", list.out().strip());
        JsonNode records = platform.pullAll(platform.login("wang", "wang-laptop")).path("records");
        assertEquals(0, records.size(), records.toString());
    }

    @Test
    void aVersionIsPublishedOnceAndOlderVersionsAreKept() throws Exception {
        Path first = TemplateFiles.simpleForm(folder.resolve("v1.xlsx"), "survey_x", "1", "text", "Question");
        assertEquals(0, template("publish", "--file", first.toString()).code());
        Path changed = TemplateFiles.simpleForm(folder.resolve("v1b.xlsx"), "survey_x", "1", "text", "Changed");
        Run refused = template("publish", "--file", changed.toString());
        assertEquals(PlatformCommandLine.EXIT_FAILURE, refused.code());
        assertTrue(refused.err().contains("survey_x version 1 is already published with other content"),
                refused.err());

        Path second = TemplateFiles.simpleForm(folder.resolve("v2.xlsx"), "survey_x", "2", "text", "Changed");
        assertEquals(0, template("publish", "--file", second.toString()).code());
        Run retired = template("retire", "--form-id", "survey_x", "--form-version", "1");
        assertEquals(0, retired.code(), retired.err());
        // an XForm made elsewhere (here by converting an XLSForm) publishes as it is
        Path third = TemplateFiles.simpleForm(folder.resolve("v3.xlsx"), "survey_x", "3", "integer", "Count");
        String xform;
        try (var in = Files.newInputStream(third)) {
            xform = new org.griddesk.model.forms.XlsFormConverter().convert(in).xform();
        }
        Path xml = Files.writeString(folder.resolve("survey_x-3.xml"), xform);
        Run published = template("publish", "--file", xml.toString());
        assertEquals(0, published.code(), published.err());

        assertEquals(List.of("survey_x version 1 (retired): Simple survey_x []",
                "survey_x version 2 (active): Simple survey_x []", "survey_x version 3 (active): Simple survey_x []"),
                template("list").out().lines().toList());
        assertEquals(PlatformCommandLine.EXIT_USAGE,
                template("retire", "--form-id", "survey_x", "--form-version", "9").code());

        JsonNode records = platform.pullAll(platform.login("zhao", "zhao-laptop")).path("records");
        assertEquals(3, records.size());
        assertEquals(Map.of("1", "retired", "2", "active"), Map.of(
                records.get(0).path("fields").path("version").asText(), records.get(0).path("fields").path("status")
                        .asText(),
                records.get(1).path("fields").path("version").asText(), records.get(1).path("fields").path("status")
                        .asText()));
    }
}
