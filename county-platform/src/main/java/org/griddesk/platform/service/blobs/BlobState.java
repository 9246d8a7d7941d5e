package org.griddesk.platform.service.blobs;

/**
 * What the platform holds of a blob: every byte ({@code complete}, {@code held} is its size) or the first {@code held}.
 * {@code createdNow} tells the upload whose chunk completed it from a resend of a blob already held.
 */
public record BlobState(long held, boolean complete, boolean createdNow) {

    public BlobState(long held, boolean complete) {
        this(held, complete, false);
    }
}
