package org.griddesk.desktop.service.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.registry.imports.ColumnMapping;
import org.griddesk.desktop.service.registry.imports.ImportCancelledException;
import org.griddesk.desktop.service.registry.imports.ImportFiles;
import org.griddesk.desktop.service.registry.imports.ImportOptions;
import org.griddesk.desktop.service.registry.imports.ImportResult;
import org.griddesk.desktop.service.registry.imports.ImportTable;
import org.griddesk.desktop.service.registry.imports.ProgressListener;
import org.griddesk.desktop.store.StoreOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts in the encrypted store's settings table, and import commits that are cancelled or repeated. */
class FormDraftsAndTransferTest {

    @TempDir
    Path folder;

    private EncryptedDeviceSession session;
    private RegistryService registry;

    @BeforeEach
    void open() throws Exception {
        session = new EncryptedVault(folder.resolve("data"), StoreOptions.defaults().withIterations(1_000),
                Duration.ofHours(1)).create("草稿-导入-测试-2026".toCharArray());
        registry = RegistryFixtures.registry(session.records(), new AuditLog(session.store().audit(), RegistryFixtures.CLOCK));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aDraftIsKeptAcrossAReopenUntilDiscarded() throws Exception {
        FormDrafts drafts = new FormDrafts(session.store().settings());
        drafts.write("resident:new", Map.of("name", "张三", "notes", "第一行\n第二行 = 含等号"));
        drafts.write("resident:new", Map.of("name", "张三丰", "notes", "第一行\n第二行 = 含等号"));
        session.close();
        session = new EncryptedVault(folder.resolve("data"), StoreOptions.defaults().withIterations(1_000),
                Duration.ofHours(1)).unlock("草稿-导入-测试-2026".toCharArray());
        drafts = new FormDrafts(session.store().settings());

        assertEquals(Optional.of(Map.of("name", "张三丰", "notes", "第一行\n第二行 = 含等号")), drafts.read("resident:new"));
        drafts.discard("resident:new");
        assertEquals(Optional.empty(), drafts.read("resident:new"));
    }

    private ImportResult dryRun() throws Exception {
        Path file = folder.resolve("list.csv");
        Files.writeString(file, "姓名,公民身份号码,性别,出生日期,民族,与户主关系,户号,住址,区划代码\r\n"
                + "张三,500101199003071236,男,1990-03-07,汉族,户主,H1,东方广场1号," + RegistryFixtures.GRID + "\r\n",
                StandardCharsets.UTF_8);
        ImportTable table = ImportFiles.read(file);
        return registry.importer(Locale.SIMPLIFIED_CHINESE).dryRun(table, ColumnMapping.recognize(table.headers()),
                ImportOptions.forGrid(RegistryFixtures.GRID).withExisting(registry.existingResidents()));
    }

    @Test
    void aCancelledCommitWritesNothingFurther() throws Exception {
        ImportResult result = dryRun();

        assertThrows(ImportCancelledException.class,
                () -> new RegistryTransfer(registry).commit(result, ProgressListener.NONE, () -> true));

        assertTrue(registry.residents().isEmpty());
        assertTrue(session.records().outbox().isEmpty());
    }

    @Test
    void aReImportOfTheSameListCreatesNoDuplicatesAndWritesNothing() throws Exception {
        new RegistryTransfer(registry).commit(dryRun(), ProgressListener.NONE, () -> false);
        String id = registry.residents().get(0).id();
        int journalled = session.records().outbox().size();

        ImportCommit again = new RegistryTransfer(registry).commit(dryRun(), ProgressListener.NONE, () -> false);

        assertEquals(new ImportCommit(0, 1, 0), again);
        assertEquals(1, registry.residents().size());
        assertEquals(id, registry.residents().get(0).id());
        assertEquals(1, registry.households().size());
        assertEquals(journalled, session.records().outbox().size());
    }
}
