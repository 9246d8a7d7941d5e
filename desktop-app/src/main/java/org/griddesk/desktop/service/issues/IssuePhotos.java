package org.griddesk.desktop.service.issues;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.griddesk.desktop.store.blobs.EncryptedBlobStore;

/** Photos of issues in the encrypted blob store; only PNG and JPEG files are taken. */
public final class IssuePhotos {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final EncryptedBlobStore blobs;

    public IssuePhotos(EncryptedBlobStore blobs) {
        this.blobs = blobs;
    }

    /** Stores the picture and returns its SHA-256, the value kept in the {@code photos} field. */
    public String attach(Path file) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (!(startsWith(head, read, PNG) || startsWith(head, read, JPEG))) {
            throw new NotAPhotoException(file.getFileName().toString());
        }
        return blobs.put(file);
    }

    public byte[] read(String sha256) {
        return blobs.get(sha256);
    }

    private static boolean startsWith(byte[] head, int read, byte[] magic) {
        return read >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** The chosen file is no PNG or JPEG picture. */
    public static final class NotAPhotoException extends IOException {
        public NotAPhotoException(String fileName) {
            super("not a PNG or JPEG picture: " + fileName);
        }
    }
}
