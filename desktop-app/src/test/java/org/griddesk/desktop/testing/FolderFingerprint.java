package org.griddesk.desktop.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file of a folder, but one subfolder, by relative path: its SHA-256, size and last-modified time. Equal
 * fingerprints before and after mean nothing in the folder was written, touched, added or removed.
 */
public final class FolderFingerprint {

    private FolderFingerprint() {
    }

    public static Map<String, String> of(Path folder, String leftOut) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path skipped = folder.resolve(leftOut);
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).filter(path -> !path.startsWith(skipped)).toList()) {
                files.put(folder.relativize(path).toString(), sha256(path) + " " + Files.size(path) + " "
                        + Files.getLastModifiedTime(path).toMillis());
            }
        }
        return files;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
