package org.griddesk.desktop.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.Test;

class LocalizationTest {

    @Test
    void chineseIsTheDefaultAndEnglishTheSecondLanguage() {
        Localization localization = new Localization(null);
        assertEquals("住户", localization.lang("workspace.households.label"));
        localization.setLocale(Locale.US);
        assertEquals(Localization.ENGLISH, localization.getLocale());
        assertEquals("Households", localization.lang("workspace.households.label"));
        localization.setLocale(Locale.FRENCH);
        assertEquals(Localization.CHINESE, localization.getLocale());
    }

    @Test
    void boundLabelsFollowTheLanguageSwitch() {
        Localization localization = new Localization(Localization.CHINESE);
        StringBinding label = localization.bind("workspace.households.label");
        assertEquals("住户", label.get());
        localization.setLocale(Localization.ENGLISH);
        assertEquals("Households", label.get());
        localization.setLocale(Localization.CHINESE);
        assertEquals("住户", label.get());
    }

    @Test
    void messageBindingFollowsBothTheMessageAndTheLanguage() {
        Localization localization = new Localization(Localization.ENGLISH);
        SimpleObjectProperty<Message> message = new SimpleObjectProperty<>();
        StringBinding text = localization.bind(message);
        assertEquals("", text.get());
        message.set(new Message("status.pending", 3L));
        assertEquals("Records to upload: 3", text.get());
        localization.setLocale(Localization.CHINESE);
        assertEquals("待上传记录：3", text.get());
    }

    @Test
    void quotesInEnglishTextSurviveFormatting() {
        Localization localization = new Localization(Localization.ENGLISH);
        assertTrue(localization.lang("firstStart.explanation").contains("residents' personal data"));
    }

    @Test
    void missingKeysAreVisibleInsteadOfCrashing() {
        assertEquals("!no.such.key!", new Localization(Localization.CHINESE).lang("no.such.key"));
    }

    @Test
    void bothBundlesHaveTheSameKeysAndEveryPatternFormats() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
        Localization localization = new Localization(Localization.CHINESE);
        Set<String> keys = english.stringPropertyNames();
        for (Locale locale : Localization.SUPPORTED) {
            localization.setLocale(locale);
            for (String key : keys) {
                String text = localization.lang(key, 1, 2, 3, 4, 5, 6, 7, 8, 9);
                assertFalse(text.isBlank(), key);
                assertFalse(text.contains("{"), () -> locale + " " + key + " left a placeholder: " + text);
            }
        }
    }

    @Test
    void chineseBundleReallyHoldsChinese() throws IOException {
        String households = load("messages_zh_CN.properties").getProperty("workspace.households.label");
        assertEquals("住户", households);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LocalizationTest.class.getResourceAsStream("/org/griddesk/desktop/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
