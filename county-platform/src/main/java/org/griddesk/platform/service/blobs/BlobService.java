package org.griddesk.platform.service.blobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.griddesk.platform.service.InvalidInputException;
import org.griddesk.platform.service.Role;
import org.griddesk.platform.service.Session;
import org.griddesk.platform.store.blobs.BlobReferenceRows;
import org.griddesk.platform.store.blobs.BlobStore;

/**
 * Attachments named by SHA-256: resumable chunked uploads checked against their name when the last byte arrives,
 * and downloads for the workers and supervisors in scope of a record that references the blob.
 */
public final class BlobService {
    /** Default size limit: a scan of several pages; photos leave the laptop at a few hundred KB. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    /** How long a chunk waits for an upload of the same blob that is still running (a connection not yet dropped). */
    private static final long LOCK_WAIT_SECONDS = 15;

    private final String county;
    private final BlobStore store;
    private final BlobReferenceRows references;
    private final long maxBytes;

    public BlobService(String county, BlobStore store, BlobReferenceRows references, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the blob size limit must be at least 1 byte");
        }
        this.county = county;
        this.store = store;
        this.references = references;
        this.maxBytes = maxBytes;
    }

    /** Uploads nobody added to for this long are dropped when the platform starts. */
    public static final Duration ABANDONED_AFTER = Duration.ofDays(7);

    /** Drops the uploads untouched for {@link #ABANDONED_AFTER}; @return how many */
    public int dropAbandonedUploads(Instant now) {
        return store.dropPartialsUntouchedSince(now.minus(ABANDONED_AFTER));
    }

    public long maxBytes() {
        return maxBytes;
    }

    public BlobState state(String sha256) {
        requireName(sha256);
        OptionalLong size = store.completeSize(sha256);
        return size.isPresent() ? new BlobState(size.getAsLong(), true) : new BlobState(store.partialSize(sha256), false);
    }

    /** Whether every byte of the blob is held (the push check for {@code missing_blob}). */
    public boolean holds(String sha256) {
        return BlobNames.isValid(sha256) && store.completeSize(sha256).isPresent();
    }

    /**
     * Stores one chunk. It must start where the held bytes end; when it brings the last byte the blob is checked
     * against its name and either kept whole or dropped whole.
     */
    public BlobState upload(String sha256, ChunkRange range, InputStream body) {
        requireName(sha256);
        if (range.total() > maxBytes) {
            throw new BlobTooLargeException(maxBytes);
        }
        return store.exclusively(sha256, LOCK_WAIT_SECONDS, () -> uploadLocked(sha256, range, body))
                .orElseThrow(() -> new UploadOffsetException(store.partialSize(sha256),
                        "Another upload of this blob is still running; ask HEAD for the bytes held and resume"));
    }

    private BlobState uploadLocked(String sha256, ChunkRange range, InputStream body) {
        OptionalLong complete = store.completeSize(sha256);
        if (complete.isPresent()) {
            return new BlobState(complete.getAsLong(), true); // a resend after a lost answer: nothing to do
        }
        long held = store.partialSize(sha256);
        if (range.first() != held) {
            throw new UploadOffsetException(held, "The platform holds " + held + " bytes of this blob; send the"
                    + " chunk starting at byte " + held);
        }
        BlobStore.Appended appended = store.append(sha256, held, body, range.length());
        if (appended.cutShort() || appended.held() < range.total()) {
            return new BlobState(appended.held(), false);
        }
        if (!store.complete(sha256)) {
            throw new HashMismatchException(sha256);
        }
        return new BlobState(appended.held(), true, true);
    }

    /**
     * Opens a complete blob for a worker or supervisor one of whose grids holds a record referencing it; empty for
     * everyone else, the same as for a blob the platform does not hold, so that nobody learns what exists.
     */
    public Optional<FileChannel> openForReading(Session session, String sha256) throws IOException {
        requireName(sha256);
        if (session.role() == Role.ADMIN || store.completeSize(sha256).isEmpty()
                || !references.referencedInGrids(county, sha256, session.grids())) {
            return Optional.empty();
        }
        return Optional.of(store.open(sha256));
    }

    private static void requireName(String sha256) {
        if (!BlobNames.isValid(sha256)) {
            throw new InvalidInputException("A blob is named by its SHA-256: 64 lower-case hex digits");
        }
    }
}
