package org.griddesk.desktop.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.imports.ImportFiles;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's steps without a screen, on the real Derby record store. */
class ImportWizardViewModelTest {

    private static final String GRID = RegistryFixtures.GRID;

    @TempDir
    Path folder;

    private EncryptedDeviceSession session;
    private RegistryService registry;
    private int refreshed;
    private ImportWizardViewModel wizard;

    @BeforeEach
    void open() throws Exception {
        session = RegistryFixtures.newSession(folder.resolve("data"), "导入-向导-测试-2026");
        registry = RegistryFixtures.registryOf(session);
        wizard = new ImportWizardViewModel(registry, new CurrentThreadTaskExecutor(),
                new Localization(Locale.SIMPLIFIED_CHINESE), GRID, () -> refreshed++);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Path list() throws Exception {
        Path file = folder.resolve("名单.csv");
        Files.writeString(file, String.join("\r\n",
                "户主姓名,身份证,性别,出生日期,民族,与户主关系,户号,住址,区划代码",
                "张三,500101199003071236,男,1990-03-07,汉族,户主,H1,东方广场1号," + GRID,
                "王五,500101198501013450,男,1985-01-01,汉族,户主,H2,河边村3号," + GRID) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aListIsMappedCheckedImportedAndItsBadRowsSavedToFix() throws Exception {
        wizard.fileProperty().set(list().toString());
        wizard.readFile();
        assertEquals(ImportStep.MAPPING, wizard.stepProperty().get());
        MappingRow unknownHeader = wizard.mapping().get(0);
        assertEquals("户主姓名", unknownHeader.header());
        assertNull(unknownHeader.columnProperty().get(), "a header of the county's own is not guessed");
        assertEquals("ID_NUMBER", wizard.mapping().get(1).columnProperty().get());

        unknownHeader.columnProperty().set("NAME");
        wizard.dryRun();

        assertEquals(ImportStep.REPORT, wizard.stepProperty().get());
        assertEquals(List.of(new ProblemRow(3, "身份证", "身份证号校验位不对，请逐位核对")), wizard.problems());
        assertEquals(new Message("imports.report.counts", 1, 1), wizard.summaryProperty().get());
        assertEquals(new Message("imports.report.actions", 1, 0), wizard.detailProperty().get());

        wizard.importValid();

        assertEquals(ImportStep.DONE, wizard.stepProperty().get());
        assertEquals(new Message("imports.done", 1, 0), wizard.summaryProperty().get());
        assertEquals(new Message("imports.done.invalid", 1), wizard.detailProperty().get());
        assertEquals(1, refreshed);
        assertEquals("张三", registry.search().search("zs").get(0).name());
        assertTrue(RegistryFixtures.outbox(session).stream().anyMatch(e -> "张三".equals(e.value())));

        Path invalid = folder.resolve("待修改.xlsx");
        wizard.saveInvalidRows(invalid);
        assertEquals(1, ImportFiles.read(invalid).rows().size());
        assertEquals("王五", ImportFiles.read(invalid).rows().get(0).cell(0));
    }

    @Test
    void anUnreadableFileSaysSoAndStaysOnTheFirstStep() throws Exception {
        Path text = folder.resolve("list.txt");
        Files.writeString(text, "not a list");
        wizard.fileProperty().set(text.toString());

        wizard.readFile();

        assertEquals(ImportStep.CHOOSE_FILE, wizard.stepProperty().get());
        assertEquals(new Message("imports.error.read"), wizard.errorProperty().get());
    }

    @Test
    void exportWritesTheStoredResidentsWithMaskedNumbers() throws Exception {
        wizard.fileProperty().set(list().toString());
        wizard.readFile();
        wizard.mapping().get(0).columnProperty().set("NAME");
        wizard.dryRun();
        wizard.importValid();
        Path exported = folder.resolve("导出.xlsx");

        wizard.export(exported, false);

        String rows = ImportFiles.read(exported).rows().toString();
        assertTrue(rows.contains("5001**********1236"), rows);
        assertEquals(new Message("imports.exported", "导出.xlsx"), wizard.summaryProperty().get());
    }
}
