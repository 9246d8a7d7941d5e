package org.griddesk.desktop.store.blobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.griddesk.desktop.store.SettingsTable;

/**
 * Attachments (photos, scans) named by the SHA-256 of their plaintext and kept as {@code blobs/<sha256>}, each
 * encrypted with AES-256-GCM under a fresh 12-byte nonce: {@code nonce || ciphertext+tag}. The name is bound
 * into the tag as associated data, so a file renamed onto another blob's name fails to open.
 */
public final class EncryptedBlobStore {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path directory;
    private final SettingsTable settings;
    private final SecureRandom random;
    private SecretKey key;

    public EncryptedBlobStore(Path directory, SettingsTable settings) {
        this(directory, settings, new SecureRandom());
    }

    EncryptedBlobStore(Path directory, SettingsTable settings, SecureRandom random) {
        this.directory = directory;
        this.settings = settings;
        this.random = random;
    }

    /** Stores the bytes and returns their SHA-256; storing the same bytes again changes nothing. */
    public String put(byte[] plaintext) {
        String sha256 = sha256(plaintext);
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return sha256;
        }
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, sha256, ".part");
            Files.write(temporary, encrypt(sha256, plaintext));
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BlobException("attachment could not be written", e);
        }
        return sha256;
    }

    public String put(Path file) {
        try {
            return put(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BlobException("attachment could not be read", e);
        }
    }

    public boolean contains(String sha256) {
        return SHA256.matcher(sha256).matches() && Files.exists(pathOf(sha256));
    }

    /** The plaintext, checked against its name; a changed file raises {@link BlobTamperedException}. */
    public byte[] get(String sha256) {
        byte[] stored;
        try {
            stored = Files.readAllBytes(pathOf(sha256));
        } catch (IOException e) {
            throw new BlobException("attachment " + sha256 + " is missing", e);
        }
        byte[] plaintext = decrypt(sha256, stored);
        if (!MessageDigest.isEqual(sha256(plaintext).getBytes(StandardCharsets.US_ASCII),
                sha256.getBytes(StandardCharsets.US_ASCII))) {
            throw new BlobTamperedException(sha256, null);
        }
        return plaintext;
    }

    /** The download in progress of a blob, kept encrypted in {@code partial/} until it is whole. */
    public PartialBlob partial(String sha256) {
        return new PartialBlob(this, sha256, directory.resolve("partial").resolve(pathOf(sha256).getFileName()), key(),
                random);
    }

    /** Where a blob lives on disk (for tests that inspect or damage the file). */
    public Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 name: " + sha256);
        }
        return directory.resolve(sha256);
    }

    private byte[] encrypt(String sha256, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(sha256.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new BlobException("attachment could not be encrypted", e);
        }
    }

    private byte[] decrypt(String sha256, byte[] stored) {
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new BlobTamperedException(sha256, null);
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(sha256.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new BlobTamperedException(sha256, e);
        } catch (GeneralSecurityException e) {
            throw new BlobException("attachment could not be decrypted", e);
        }
    }

    private synchronized SecretKey key() {
        if (key == null) {
            key = BlobKey.loadOrCreate(settings, random);
        }
        return key;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
