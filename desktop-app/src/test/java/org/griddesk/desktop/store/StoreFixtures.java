package org.griddesk.desktop.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Shared helpers: cheap key derivation for speed, and file fingerprints to prove nothing was touched. */
final class StoreFixtures {

    static final int TEST_ITERATIONS = 1_000;
    static final char[] PASSPHRASE = "correct-horse-电池-7".toCharArray();

    private StoreFixtures() {
    }

    static StoreOptions fastOptions() {
        return StoreOptions.defaults().withIterations(TEST_ITERATIONS);
    }

    static StoreOptions withBrokenV2() {
        return fastOptions().withMigrationLocations(
                List.of(StoreOptions.defaultMigrationLocation(), "classpath:db/broken-migration"));
    }

    static Map<String, String> fingerprints(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
