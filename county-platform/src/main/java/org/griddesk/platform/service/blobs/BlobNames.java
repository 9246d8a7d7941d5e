package org.griddesk.platform.service.blobs;

import java.util.regex.Pattern;

/** Blobs are named by the SHA-256 of their bytes, written as 64 lower-case hex digits (as the desktop names them). */
public final class BlobNames {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private BlobNames() {
    }

    public static boolean isValid(Object name) {
        return name instanceof String text && SHA256.matcher(text).matches();
    }
}
