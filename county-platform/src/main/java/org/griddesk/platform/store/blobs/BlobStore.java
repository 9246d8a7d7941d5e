package org.griddesk.platform.store.blobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Attachments on the platform's disk, outside PostgreSQL: complete blobs as {@code complete/<ab>/<sha256>}, uploads
 * in progress as {@code partial/<sha256>.part}. A partial file holds exactly the bytes that arrived, in order, so its
 * length is where a broken upload resumes. A blob becomes complete only through {@link #complete}: its bytes are
 * hashed, forced to disk and renamed in one atomic step, so a reader never sees half a blob.
 * Names are checked by the caller (64 lower-case hex digits) before they reach a path.
 * <p>
 * Several platform processes may share one blob folder (a county with two servers on one PostgreSQL): the upload
 * lock of a blob is therefore also a file lock, on one of at most 65,536 files in {@code locks/} chosen by the name's
 * first four digits (lock files are never deleted: deleting one while another process waits on it would let two
 * processes hold "the" lock).
 */
public final class BlobStore {
    private static final int BUFFER = 64 * 1024;
    private static final long LOCK_POLL_MILLIS = 50;

    private final Path completeDir;
    private final Path partialDir;
    private final Path lockDir;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public BlobStore(Path root) {
        this.completeDir = root.resolve("complete");
        this.partialDir = root.resolve("partial");
        this.lockDir = root.resolve("locks");
        try {
            Files.createDirectories(completeDir);
            Files.createDirectories(partialDir);
            Files.createDirectories(lockDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the blob folders under " + root, e);
        }
    }

    /** The size of a complete blob, empty while it is not (or only partly) held. */
    public OptionalLong completeSize(String sha256) {
        try {
            return OptionalLong.of(Files.size(completePath(sha256)));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many bytes of an unfinished upload are held: where the next chunk must start. */
    public long partialSize(String sha256) {
        try {
            return Files.size(partialPath(sha256));
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code work} while holding this blob's upload lock, so two uploads of one blob never interleave.
     * Waits up to {@code waitSeconds} for an upload still running (a dropped connection the server has not noticed).
     *
     * @return empty when the lock could not be had in time
     */
    public <T> Optional<T> exclusively(String sha256, long waitSeconds, Supplier<T> work) {
        String stripe = sha256.substring(0, Math.min(4, sha256.length()));
        ReentrantLock lock = locks.computeIfAbsent(stripe, key -> new ReentrantLock());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
        try {
            if (!lock.tryLock(waitSeconds, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try (FileChannel lockFile = FileChannel.open(lockDir.resolve(stripe + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock held = lockOtherProcessesOut(lockFile, deadline);
            if (held == null) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.get());
            } finally {
                held.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the upload of " + sha256, e);
        } finally {
            lock.unlock();
        }
    }

    /** The file lock, waited for until {@code deadline} (System.nanoTime); null when another holder kept it. */
    private static FileLock lockOtherProcessesOut(FileChannel lockFile, long deadline) throws IOException {
        while (true) {
            FileLock held;
            try {
                held = lockFile.tryLock();
            } catch (OverlappingFileLockException e) {
                held = null; // another channel of this JVM holds it: as busy as another process
            }
            if (held != null) {
                return held;
            }
            if (System.nanoTime() - deadline >= 0) {
                return null;
            }
            try {
                Thread.sleep(LOCK_POLL_MILLIS); // FileChannel.lock cannot be given a timeout
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /**
     * Appends up to {@code length} bytes of {@code body} to the partial file, which must hold exactly {@code offset}
     * bytes (the caller checked it under the lock). Whatever arrived before the body broke off is forced to disk
     * and kept, so the upload resumes from there.
     *
     * @return the bytes held afterwards
     */
    public Appended append(String sha256, long offset, InputStream body, long length) {
        Path part = partialPath(sha256);
        long written = 0;
        IOException broken = null;
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            if (out.size() != offset) {
                throw new IllegalStateException("partial upload holds " + out.size() + " bytes, not " + offset);
            }
            out.position(offset);
            byte[] buffer = new byte[BUFFER];
            try {
                while (written < length) {
                    int n = body.read(buffer, 0, (int) Math.min(buffer.length, length - written));
                    if (n < 0) {
                        break;
                    }
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                    written += n;
                }
            } catch (IOException e) {
                broken = e; // the connection dropped: keep what arrived
            }
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the partial upload of " + sha256, e);
        }
        return new Appended(offset + written, broken != null || written < length);
    }

    /** What an append left: the bytes held and whether the body ended before its declared length. */
    public record Appended(long held, boolean cutShort) {
    }

    /**
     * Finishes an upload whose every byte is held: when the bytes hash to the name, they are forced to disk and
     * renamed into place atomically; otherwise the partial file is deleted and nothing is kept.
     *
     * @return whether the bytes matched the name
     */
    public boolean complete(String sha256) {
        Path part = partialPath(sha256);
        try {
            if (!sha256.equals(hashOf(part))) {
                Files.deleteIfExists(part);
                return false;
            }
            Path target = completePath(sha256);
            Files.createDirectories(target.getParent());
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The blob folders must be on one file system", e);
            }
            forceDirectory(target.getParent());
            forceDirectory(partialDir);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot complete the upload of " + sha256, e);
        }
    }

    /**
     * Deletes uploads nobody has added to since {@code cutoff}: a device that never came back must not fill the
     * disk. A device that returns later simply starts that blob again.
     *
     * @return how many were deleted
     */
    public int dropPartialsUntouchedSince(Instant cutoff) {
        int dropped = 0;
        try (Stream<Path> parts = Files.list(partialDir)) {
            for (Path part : parts.toList()) {
                String name = part.getFileName().toString();
                String sha256 = name.endsWith(".part") ? name.substring(0, name.length() - 5) : name;
                boolean stale = exclusively(sha256, 0, () -> {
                    try {
                        if (Files.getLastModifiedTime(part).toInstant().isBefore(cutoff)) {
                            return Files.deleteIfExists(part);
                        }
                        return false;
                    } catch (IOException e) {
                        return false; // gone meanwhile, or not ours to delete: try again next start
                    }
                }).orElse(false);
                if (stale) {
                    dropped++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the partial uploads", e);
        }
        return dropped;
    }

    /** Opens a complete blob for reading; the caller closes it. */
    public FileChannel open(String sha256) throws IOException {
        return FileChannel.open(completePath(sha256), StandardOpenOption.READ);
    }

    private Path completePath(String sha256) {
        return completeDir.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private Path partialPath(String sha256) {
        return partialDir.resolve(sha256 + ".part");
    }

    private static String hashOf(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Makes a rename durable: on Linux the directory entry itself must be forced. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems (and Windows) cannot open a directory: the rename is still atomic there
        }
    }
}
