package org.griddesk.sync.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** Request bodies are sent gzip-compressed: on a weak village link every byte counts. */
final class GzipJson {

    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private GzipJson() {
    }

    static RequestBody body(byte[] json) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, json.length / 3));
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RequestBody.create(compressed.toByteArray(), JSON);
    }
}
