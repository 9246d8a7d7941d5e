package org.griddesk.desktop.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 设置 › 扫描文件夹 on a real encrypted store and a real folder. */
class ScannerFolderSettingTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path scanner;
    private EncryptedDeviceSession session;
    private ScannerFolderSetting setting;

    @BeforeEach
    void open() throws Exception {
        session = RegistryFixtures.newSession(dataDir, "设置-扫描-测试-2026");
        setting = new ScannerFolderSetting(session.settings(), new CurrentThreadTaskExecutor());
        setting.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void anExistingFolderIsSavedAndReadBack() {
        assertEquals("", setting.folderProperty().get(), "none set at first");
        setting.folderProperty().set("  " + scanner + "  ");
        setting.save();
        assertEquals(new Message("settings.scanner.saved", scanner.toString()), setting.savedProperty().get());
        assertNull(setting.errorProperty().get());

        ScannerFolderSetting again = new ScannerFolderSetting(session.settings(), new CurrentThreadTaskExecutor());
        again.load();
        assertEquals(scanner.toString(), again.folderProperty().get());
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedAtTheFieldAndNothingIsStored() throws Exception {
        Path missing = scanner.resolve("扫描仪");
        setting.folderProperty().set(missing.toString());
        setting.save();
        assertEquals(new Message("settings.scanner.error.missing", missing.toString()), setting.errorProperty().get());
        assertTrue(session.settings().scannerFolder().isEmpty());

        Files.createDirectory(missing);
        setting.save();
        assertNull(setting.errorProperty().get());
        assertEquals(missing.toString(), session.settings().scannerFolder().orElseThrow());
    }

    @Test
    void savedEmptyTheFolderIsForgotten() {
        session.settings().setScannerFolder(scanner.toString());
        setting.load();
        setting.folderProperty().set("");
        setting.save();
        assertEquals(new Message("settings.scanner.cleared"), setting.savedProperty().get());
        assertTrue(session.settings().scannerFolder().isEmpty());
    }
}
