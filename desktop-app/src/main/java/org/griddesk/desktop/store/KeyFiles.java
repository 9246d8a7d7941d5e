package org.griddesk.desktop.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current key file and, during a passphrase change, the pending one. The pending file is written before
 * Derby re-keys and renamed over the current one only after Derby accepted the new key, so a crash at any
 * point leaves one of the two matching the database: unlock tries the pending file first, then the current.
 */
final class KeyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(KeyFiles.class);

    private final Path current;
    private final Path pending;

    KeyFiles(Path dataDir) {
        this.current = dataDir.resolve("db.key");
        this.pending = dataDir.resolve("db.key.pending");
    }

    Path current() {
        return current;
    }

    Path pending() {
        return pending;
    }

    /** Pending first: if it exists, Derby may already have been re-keyed with it. */
    List<Candidate> candidates() throws StoreException {
        List<Candidate> candidates = new ArrayList<>();
        readIfPresent(pending).ifPresent(file -> candidates.add(new Candidate(file, true)));
        try {
            if (Files.exists(current)) {
                candidates.add(new Candidate(KeyFile.read(current), false));
            }
        } catch (IOException e) {
            if (candidates.isEmpty()) {
                throw new StoreException(StoreFailure.STORAGE, "key file unreadable: " + e.getMessage(), e);
            }
            LOG.warn("Current key file unreadable, relying on the pending one: {}", e.getMessage());
        }
        if (candidates.isEmpty()) {
            throw new StoreException(StoreFailure.STORAGE, "key file missing: " + current, null);
        }
        return candidates;
    }

    void writeCurrent(KeyFile file) throws IOException {
        file.writeTo(current);
    }

    void writePending(KeyFile file) throws IOException {
        file.writeTo(pending);
    }

    void promotePending() throws IOException {
        AtomicFiles.move(pending, current);
    }

    void discardPending() throws IOException {
        Files.deleteIfExists(pending);
    }

    void deleteAll() throws IOException {
        Files.deleteIfExists(pending);
        Files.deleteIfExists(current);
    }

    private java.util.Optional<KeyFile> readIfPresent(Path file) {
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(KeyFile.read(file));
        } catch (IOException e) {
            // A pending file cut short by a crash was never used to re-key Derby, so it can be ignored.
            LOG.warn("Ignoring unreadable pending key file: {}", e.getMessage());
            return java.util.Optional.empty();
        }
    }

    record Candidate(KeyFile keyFile, boolean pending) {
    }
}
