package org.griddesk.platform.service.blobs;

import org.griddesk.platform.service.PlatformServiceException;

/** A blob larger than the platform takes (answered 413 {@code too_large}, the limit named). */
public final class BlobTooLargeException extends PlatformServiceException {
    private final long limit;

    BlobTooLargeException(long limit) {
        super("附件过大：平台最多接受 " + limit + " 字节 (the platform takes blobs of at most " + limit + " bytes)");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
