package org.griddesk.sync.client;

/**
 * Where a downloaded blob goes, chunk by chunk: it says how many bytes it already holds, so a broken download resumes
 * with {@code Range: bytes=HELD-} instead of starting again.
 */
public interface DownloadTarget {

    long held();

    void append(byte[] bytes, int offset, int length);

    /** The platform sent the blob from its first byte: forget what is held. */
    void restart();
}
