package org.griddesk.sync.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.WireMapper;

/**
 * The content of a batch as one SHA-256: a device that resends a batch (same id) after a lost answer sends the
 * same changes and gets the stored answer; the same id with other changes is a device bug, refused so that its
 * new changes are never silently dropped. Map keys are sorted so that field order does not count.
 */
public final class BatchFingerprint {
    private static final ObjectMapper CANONICAL = WireMapper.create()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private BatchFingerprint() {
    }

    public static String of(List<Change> changes) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(CANONICAL.writeValueAsBytes(changes)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A batch that cannot be written as JSON", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
