package org.griddesk.sync.client;

/** What the platform holds of a blob: all of it ({@code complete}) or its first {@code held} bytes. */
public record BlobPresence(boolean complete, long held) {
}
