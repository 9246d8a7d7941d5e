package org.griddesk.desktop.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * How the boot key is derived from the passphrase: kept beside the database in plain text because it holds no
 * secret, only the salt and the cost of the derivation.
 */
record KeyFile(int version, String kdf, int iterations, byte[] salt) {

    static final int CURRENT_VERSION = 1;
    static final String PBKDF2_SHA256 = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    static KeyFile fresh(int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new KeyFile(CURRENT_VERSION, PBKDF2_SHA256, iterations, salt);
    }

    static KeyFile read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        try {
            int version = Integer.parseInt(properties.getProperty("version", ""));
            String kdf = properties.getProperty("kdf", "");
            int iterations = Integer.parseInt(properties.getProperty("iterations", ""));
            byte[] salt = Base64.getDecoder().decode(properties.getProperty("salt", ""));
            if (version != CURRENT_VERSION || !PBKDF2_SHA256.equals(kdf) || iterations < 1 || salt.length < SALT_BYTES) {
                throw new IOException("unsupported key file " + file.getFileName());
            }
            return new KeyFile(version, kdf, iterations, salt);
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged key file " + file.getFileName(), e);
        }
    }

    void writeTo(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("version", Integer.toString(version));
        properties.setProperty("kdf", kdf);
        properties.setProperty("iterations", Integer.toString(iterations));
        properties.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        StringWriter text = new StringWriter();
        properties.store(text, "GridDesk device store key derivation (no secret)");
        AtomicFiles.write(file, text.toString());
    }
}
