package org.griddesk.desktop.store.blobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A download in progress, kept encrypted so that it survives a closed laptop: {@code blobs/partial/<sha256>} is a
 * run of segments {@code length(4) || nonce(12) || ciphertext+tag}, each sealed with the blob key and bound to the
 * blob's name and its place in the run. A segment cut short by a crash is dropped when the download resumes.
 */
public final class PartialBlob {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;
    private static final int HEADER_BYTES = 4 + NONCE_BYTES;

    private final EncryptedBlobStore store;
    private final String sha256;
    private final Path file;
    private final SecretKey key;
    private final SecureRandom random;
    private long held;
    private int segments;

    PartialBlob(EncryptedBlobStore store, String sha256, Path file, SecretKey key, SecureRandom random) {
        this.store = store;
        this.sha256 = sha256;
        this.file = file;
        this.key = key;
        this.random = random;
        try {
            Files.createDirectories(file.getParent());
            scan();
        } catch (IOException e) {
            throw new BlobException("partial download of " + sha256 + " could not be opened", e);
        }
    }

    /** Plaintext bytes held so far: where the download resumes. */
    public long held() {
        return held;
    }

    public void append(byte[] bytes, int offset, int length) {
        if (length == 0) {
            return;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(aad(segments));
            byte[] sealed = cipher.doFinal(bytes, offset, length);
            ByteBuffer segment = ByteBuffer.allocate(HEADER_BYTES + sealed.length);
            segment.putInt(sealed.length).put(nonce).put(sealed).flip();
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                while (segment.hasRemaining()) {
                    out.write(segment);
                }
                out.force(false);
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new BlobException("partial download of " + sha256 + " could not be written", e);
        }
        held += length;
        segments++;
    }

    /** Starts again from the first byte. */
    public void restart() {
        discard();
    }

    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new BlobException("partial download of " + sha256 + " could not be removed", e);
        }
        held = 0;
        segments = 0;
    }

    /**
     * Checks the whole download against its name and stores it as a blob; the partial file goes either way.
     *
     * @return the plaintext
     * @throws BlobTamperedException when the bytes are not those the name promises
     */
    public byte[] finish() {
        try {
            byte[] plaintext = decryptAll();
            if (!MessageDigest.isEqual(EncryptedBlobStore.sha256(plaintext).getBytes(StandardCharsets.US_ASCII),
                    sha256.getBytes(StandardCharsets.US_ASCII))) {
                throw new BlobTamperedException(sha256, null);
            }
            store.put(plaintext);
            return plaintext;
        } finally {
            discard();
        }
    }

    private byte[] decryptAll() {
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream((int) Math.min(held, Integer.MAX_VALUE - 8));
        if (!Files.exists(file)) {
            return plaintext.toByteArray();
        }
        try {
            ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file));
            for (int index = 0; index < segments; index++) {
                int length = all.getInt();
                byte[] nonce = new byte[NONCE_BYTES];
                all.get(nonce);
                byte[] sealed = new byte[length];
                all.get(sealed);
                Cipher cipher = Cipher.getInstance(CIPHER);
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
                cipher.updateAAD(aad(index));
                plaintext.writeBytes(cipher.doFinal(sealed));
            }
            return plaintext.toByteArray();
        } catch (AEADBadTagException e) {
            throw new BlobTamperedException(sha256, e);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new BlobException("partial download of " + sha256 + " could not be read", e);
        }
    }

    /** Counts the whole segments and cuts off a last one a crash left half written. */
    private void scan() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = in.size();
            long position = 0;
            ByteBuffer length = ByteBuffer.allocate(4);
            while (position + HEADER_BYTES <= size) {
                length.clear();
                in.read(length, position);
                int sealed = length.flip().getInt();
                long end = position + HEADER_BYTES + sealed;
                if (sealed < TAG_BYTES || end > size) {
                    break;
                }
                held += sealed - TAG_BYTES;
                segments++;
                position = end;
            }
            if (position < size) {
                in.truncate(position);
                in.force(true);
            }
        }
    }

    private byte[] aad(int index) {
        return (sha256 + ":" + index).getBytes(StandardCharsets.US_ASCII);
    }
}
