package org.griddesk.desktop.service.issues;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.griddesk.desktop.store.SettingsTable;
import org.griddesk.desktop.store.blobs.BlobException;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;

/**
 * Photos of issues in the encrypted blob store; only PNG and JPEG files are taken. What an issue references (and
 * what leaves the laptop) is a copy made small for a 2G link ({@link PhotoDownscale}); the original stays in the
 * store beside it, unless the worker asks to send the original itself. Photos taken on other devices are fetched
 * from the platform when first shown.
 */
public final class IssuePhotos {

    /** Settings key prefix: {@code photo.original.<sent sha256>} names the original kept on this laptop. */
    static final String ORIGINAL_SETTING = "photo.original.";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final EncryptedBlobStore blobs;
    private final SettingsTable settings;
    private final MissingPhotos missing;

    public IssuePhotos(EncryptedBlobStore blobs) {
        this(blobs, null, MissingPhotos.NONE);
    }

    /** {@code settings} remembers the originals (null: not remembered); {@code missing} fetches foreign photos. */
    public IssuePhotos(EncryptedBlobStore blobs, SettingsTable settings, MissingPhotos missing) {
        this.blobs = blobs;
        this.settings = settings;
        this.missing = missing;
    }

    /** Stores the picture and its small copy, and returns the small copy's SHA-256, the value kept in {@code photos}. */
    public String attach(Path file) throws IOException {
        return attach(file, false);
    }

    /**
     * Stores the picture; {@code sendOriginal} false (the default) references a copy made small for sending and
     * keeps the original on the laptop, true references (and so sends) the original itself.
     */
    public String attach(Path file, boolean sendOriginal) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (!(startsWith(head, read, PNG) || startsWith(head, read, JPEG))) {
            throw new NotAPhotoException(file.getFileName().toString());
        }
        byte[] original = Files.readAllBytes(file);
        String originalSha = blobs.put(original);
        if (sendOriginal) {
            return originalSha;
        }
        byte[] small = PhotoDownscale.forSending(original);
        String sent = blobs.put(small);
        if (!sent.equals(originalSha) && settings != null) {
            settings.put(ORIGINAL_SETTING + sent, originalSha);
        }
        return sent;
    }

    /** The original of a photo attached on this laptop (the photo itself when it was sent as it was). */
    public Optional<String> originalOf(String sha256) {
        if (settings != null) {
            Optional<String> original = settings.get(ORIGINAL_SETTING + sha256).filter(blobs::contains);
            if (original.isPresent()) {
                return original;
            }
        }
        return blobs.contains(sha256) ? Optional.of(sha256) : Optional.empty();
    }

    /** The photo's bytes: from the laptop, else fetched from the platform (and kept); a BlobException if neither. */
    public byte[] read(String sha256) {
        if (blobs.contains(sha256)) {
            return blobs.get(sha256);
        }
        return missing.fetch(sha256).orElseThrow(() -> new PhotoNotHereException(sha256));
    }

    private static boolean startsWith(byte[] head, int read, byte[] magic) {
        return read >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** A photo taken on another device that could not be fetched now (offline, signed out): try again later. */
    public static final class PhotoNotHereException extends BlobException {
        public PhotoNotHereException(String sha256) {
            super("photo " + sha256 + " is not on this laptop and could not be fetched now");
        }
    }

    /** The chosen file is no PNG or JPEG picture. */
    public static final class NotAPhotoException extends IOException {
        public NotAPhotoException(String fileName) {
            super("not a PNG or JPEG picture: " + fileName);
        }
    }
}
