package org.griddesk.desktop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FontStackTest {

    @Test
    void firstInstalledFamilyOfTheStackWins() {
        assertEquals(Optional.of("Noto Sans CJK SC"),
                FontStack.firstInstalled(Set.of("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC")));
        assertEquals(Optional.of("WenQuanYi Micro Hei"), FontStack.firstInstalled(Set.of("WenQuanYi Micro Hei")));
        assertEquals(Optional.empty(), FontStack.firstInstalled(Set.of("DejaVu Sans")));
    }
}
