package org.griddesk.desktop.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguagePreferenceTest {

    @TempDir
    Path dataDir;

    @Test
    void defaultsToSimplifiedChineseBeforeAnythingIsSaved() {
        assertEquals(Locale.forLanguageTag("zh-CN"), new LanguagePreference(dataDir).read());
    }

    @Test
    void writtenLanguageIsReadBackByANewInstance() {
        new LanguagePreference(dataDir).write(Locale.ENGLISH);
        assertEquals(Locale.ENGLISH, new LanguagePreference(dataDir).read());
        new LanguagePreference(dataDir).write(Locale.SIMPLIFIED_CHINESE);
        assertEquals(Locale.SIMPLIFIED_CHINESE, new LanguagePreference(dataDir).read());
    }

    @Test
    void unreadableFileFallsBackToChinese() throws Exception {
        Files.write(dataDir.resolve("ui.properties"), new byte[] {'l', 'a', 'n', 'g', 'u', 'a', 'g', 'e', '=', '\\',
            'u', 'z', 'z'});
        assertEquals(Locale.SIMPLIFIED_CHINESE, new LanguagePreference(dataDir).read());
    }
}
