package org.griddesk.map.layer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Counts this process's open descriptors on a file (Linux /proc), to prove a refusal left nothing open. */
final class OpenFiles {

    private static final Path FDS = Path.of("/proc/self/fd");

    private OpenFiles() {
    }

    static boolean supported() {
        return Files.isDirectory(FDS);
    }

    static long on(Path file) {
        Path target = file.toAbsolutePath().normalize();
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(target);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
