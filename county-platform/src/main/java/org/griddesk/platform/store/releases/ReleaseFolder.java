package org.griddesk.platform.store.releases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The desktop packages on the platform's disk: {@code <file>} and beside it {@code <file>.json} (what the platform
 * says about it). The package is copied and hashed under a temporary name and renamed into place before its
 * description is written, so a package is offered only once every byte of it is there. Names are checked by the
 * caller before they reach a path.
 */
public final class ReleaseFolder {
    private static final String DESCRIPTION = ".json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path folder;

    public ReleaseFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** A copy of {@code source} under {@code file}, not yet described; the SHA-256 and size of what was copied. */
    public Copied copyIn(Path source, String file) {
        try {
            Files.createDirectories(folder);
            Path part = folder.resolve(file + ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(part, folder.resolve(file), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot rename within " + folder, e);
            }
            return new Copied(HexFormat.of().formatHex(digest.digest()), Files.size(folder.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + file + " in " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** What {@link #copyIn} measured. */
    public record Copied(String sha256, long size) {
    }

    /** The SHA-256 of a file outside the folder, to compare before copying. */
    public static String sha256Of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public <T> void describe(String file, T description) {
        try {
            Path target = folder.resolve(file + DESCRIPTION);
            Path part = folder.resolve(file + DESCRIPTION + ".part");
            Files.write(part, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(description));
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot describe " + file, e);
        }
    }

    public <T> Optional<T> description(String file, Class<T> type) {
        try {
            return Optional.of(JSON.readValue(folder.resolve(file + DESCRIPTION).toFile(), type));
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the description of " + file, e);
        }
    }

    public <T> List<T> descriptions(Class<T> type) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<T> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.toList()) {
                String name = path.getFileName().toString();
                if (name.endsWith(DESCRIPTION)) {
                    description(name.substring(0, name.length() - DESCRIPTION.length()), type).ifPresent(all::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
        return all;
    }

    public FileChannel open(String file) throws IOException {
        return FileChannel.open(folder.resolve(file), StandardOpenOption.READ);
    }
}
