package org.griddesk.desktop.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.griddesk.desktop.service.DisplayPreference;
import org.griddesk.desktop.service.LanguagePreference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zoom stays within 100-200 % on 10 % steps, and the display file beside the store round-trips. */
class DisplayChoiceTest {

    @TempDir
    Path dataDir;

    @Test
    void theZoomIsBoundedAndStepped() {
        DisplayChoice choice = DisplayChoice.NORMAL;
        for (int step = 0; step < 15; step++) {
            choice = choice.zoomedIn();
        }
        assertEquals(200, choice.zoomPercent());
        assertEquals(28, choice.rootFontPx(), 1e-9);
        assertEquals(48, choice.withLarge(true).rootFontPx(), 1e-9);
        assertEquals(100, choice.zoomReset().zoomedOut().zoomPercent());
        assertEquals(130, new DisplayChoice(false, 127).zoomPercent(), "a hand-edited value lands on a step");
        assertEquals(100, new DisplayChoice(false, -5).zoomPercent());
        assertEquals(24, new DisplayChoice(true, 100).rootFontPx(), 1e-9, "长辈版 body text is 18 pt");
    }

    @Test
    void theDisplayFileKeepsBothChoicesAndFallsBackWhenMissingOrDamaged() throws Exception {
        DisplayPreference file = new DisplayPreference(dataDir);
        assertEquals(new DisplayPreference.Saved(false, 100), file.read());
        file.write(new DisplayPreference.Saved(true, 150));
        assertEquals(new DisplayPreference.Saved(true, 150), new DisplayPreference(dataDir).read());
        Files.writeString(dataDir.resolve("display.properties"), "large=true\nzoomPercent=lots\n",
                StandardCharsets.UTF_8);
        DisplayPreference.Saved damaged = file.read();
        assertTrue(damaged.large());
        assertEquals(100, damaged.zoomPercent());
        file.write(new DisplayPreference.Saved(true, 150));
        new LanguagePreference(dataDir).write(java.util.Locale.ENGLISH);
        assertEquals(new DisplayPreference.Saved(true, 150), file.read(), "saving the language keeps the display");
    }
}
