package org.griddesk.desktop.ui.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.desktop.service.issues.TimelineEntry;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.model.record.UuidV7Generator;
import org.junit.jupiter.api.Test;

/** An issue's history names people, never the device id a store signs with before the first sign-in. */
class IssueTextsTest {

    private final IssueTexts texts = new IssueTexts(new Localization(Localization.CHINESE));

    @Test
    void aStepSignedWithTheDeviceIdReadsAsThisComputer() {
        String deviceId = new UuidV7Generator().nextId();
        String line = texts.timeline(new TimelineEntry(Instant.parse("2026-03-01T02:00:00Z"), deviceId,
                IssueStatus.REPORTED, ""));
        assertFalse(line.contains(deviceId), line);
        assertTrue(line.contains("本机"), line);
    }

    @Test
    void aWorkersNameIsShownAsItIs() {
        assertEquals("demo", texts.actor("demo"));
        assertEquals("张三", texts.actor("张三"));
    }
}
