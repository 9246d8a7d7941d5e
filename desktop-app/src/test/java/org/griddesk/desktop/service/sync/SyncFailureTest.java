package org.griddesk.desktop.service.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.griddesk.sync.client.RequestRejectedException;
import org.griddesk.sync.client.ServerUnavailableException;
import org.junit.jupiter.api.Test;

class SyncFailureTest {

    @Test
    void aPlatformWithoutItsDatabaseIsToldApartFromBeingOffline() {
        assertEquals(SyncFailure.UNAVAILABLE,
                SyncFailure.of(new ServerUnavailableException("HTTP 503 (unavailable)", null, "unavailable")));
        assertEquals(SyncFailure.OFFLINE, SyncFailure.of(new ServerUnavailableException("no route", null)));
        assertEquals(SyncFailure.OFFLINE,
                SyncFailure.of(new ServerUnavailableException("HTTP 502 (http_502)", null, "http_502")));
    }

    @Test
    void aBatchIdRefusedAgainIsNamed() {
        assertEquals(SyncFailure.BATCH_ID_REUSED,
                SyncFailure.of(new RequestRejectedException(409, "batch_id_reused", "used")));
        assertEquals(SyncFailure.PLATFORM_ERROR,
                SyncFailure.of(new RequestRejectedException(400, "invalid_request", "bad")));
    }

    @Test
    void everyFailureHasWordsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.griddesk.desktop.ui.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (SyncFailure failure : SyncFailure.values()) {
                assertTrue(bundle.containsKey("sync.failure." + failure.code()), locale + " " + failure);
                assertTrue(bundle.containsKey("sync.log.outcome." + failure.code()), locale + " " + failure);
            }
        }
    }
}
