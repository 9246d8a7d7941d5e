package org.griddesk.platform.store.blobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's blob folders on a real file system. */
class BlobStoreTest {
    @TempDir
    Path root;

    @Test
    void uploadsUntouchedForLongAreDroppedAndRecentOnesKept() throws Exception {
        BlobStore store = new BlobStore(root);
        String old = "a".repeat(64);
        String recent = "b".repeat(64);
        store.append(old, 0, new ByteArrayInputStream(new byte[100]), 100);
        store.append(recent, 0, new ByteArrayInputStream(new byte[100]), 100);
        Instant now = Instant.parse("2026-12-06T12:00:00Z");
        Files.setLastModifiedTime(root.resolve("partial").resolve(old + ".part"),
                FileTime.from(now.minus(Duration.ofDays(8))));
        Files.setLastModifiedTime(root.resolve("partial").resolve(recent + ".part"),
                FileTime.from(now.minus(Duration.ofDays(1))));

        assertEquals(1, store.dropPartialsUntouchedSince(now.minus(Duration.ofDays(7))));

        assertEquals(0, store.partialSize(old));
        assertEquals(100, store.partialSize(recent));
    }

    @Test
    void aCompleteBlobIsRenamedIntoPlaceOnlyWhenItsBytesMatchItsName() throws Exception {
        BlobStore store = new BlobStore(root);
        byte[] bytes = "井盖".repeat(100).getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        BlobStore.Appended half = store.append(sha, 0, new ByteArrayInputStream(bytes, 0, 100), bytes.length);
        assertTrue(half.cutShort(), "the body ended before its declared length");
        assertEquals(100, half.held());
        store.append(sha, 100, new ByteArrayInputStream(bytes, 100, bytes.length - 100), bytes.length - 100);

        assertTrue(store.complete(sha));
        assertEquals(bytes.length, store.completeSize(sha).orElseThrow());
        assertEquals(0, store.partialSize(sha));
    }

    /**
     * A second platform process sharing the folder holds a blob's upload lock as a file lock; this store must
     * wait for it rather than interleave its chunk with the other one's.
     */
    @Test
    void anUploadLockHeldThroughTheFileByAnotherHolderKeepsThisStoreOut() throws Exception {
        BlobStore store = new BlobStore(root);
        String sha = "c0ffee" + "0".repeat(58);
        try (FileChannel other = FileChannel.open(root.resolve("locks").resolve("c0ff.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = other.lock()) {
            assertTrue(held.isValid());
            assertEquals(Optional.empty(), store.exclusively(sha, 0, () -> "ran"));
        }
        assertEquals(Optional.of("ran"), store.exclusively(sha, 0, () -> "ran"));
    }
}
