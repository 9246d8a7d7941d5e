package org.griddesk.map.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class MapMessagesTest {

    @Test
    void chineseIsTheDefaultAndEnglishTheSecondLanguage() {
        assertEquals("放大", new MapMessages(Locale.SIMPLIFIED_CHINESE).text("map.zoomIn"));
        assertEquals("Zoom in", new MapMessages(Locale.ENGLISH).text("map.zoomIn"));
        assertEquals("500 米", new MapMessages(Locale.SIMPLIFIED_CHINESE).text("map.scale.metres", "500"));
        assertEquals("2 km", new MapMessages(Locale.ENGLISH).text("map.scale.kilometres", "2"));
    }

    @Test
    void everyKeyExistsInBothLanguages() {
        ResourceBundle zh = ResourceBundle.getBundle("org.griddesk.map.fx.MapView", Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = ResourceBundle.getBundle("org.griddesk.map.fx.MapView", Locale.ENGLISH);
        assertEquals(zh.keySet(), en.keySet());
    }
}
