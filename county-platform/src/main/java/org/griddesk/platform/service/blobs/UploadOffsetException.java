package org.griddesk.platform.service.blobs;

import org.griddesk.platform.service.PlatformServiceException;

/**
 * A chunk that does not start where the held bytes end (answered 409 {@code upload_offset}, with the held offset
 * so that the device resumes from there).
 */
public final class UploadOffsetException extends PlatformServiceException {
    private final long held;

    UploadOffsetException(long held, String message) {
        super(message);
        this.held = held;
    }

    public long held() {
        return held;
    }
}
