package org.griddesk.platform.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** HEAD, PUT and GET of {@code /api/v1/blobs/{sha256}} for the tests, and a PUT whose connection breaks mid-body. */
final class BlobHttp {
    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    BlobHttp(int port) {
        this.port = port;
    }

    HttpResponse<byte[]> head(String sha256, String token) {
        return send(request(sha256, token).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<byte[]> put(String sha256, String token, byte[] blob, int first, int last) {
        byte[] chunk = Arrays.copyOfRange(blob, first, last + 1);
        return send(request(sha256, token).header("Content-Range", "bytes " + first + "-" + last + "/" + blob.length)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(chunk)));
    }

    HttpResponse<byte[]> putWhole(String sha256, String token, byte[] body) {
        return send(request(sha256, token).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<byte[]> putRange(String sha256, String token, String contentRange, byte[] chunk) {
        return send(request(sha256, token).header("Content-Range", contentRange)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(chunk)));
    }

    HttpResponse<byte[]> get(String sha256, String token, String range) {
        HttpRequest.Builder request = request(sha256, token).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return send(request);
    }

    /**
     * Announces the whole blob as one chunk, sends only its first {@code sent} bytes and closes the connection, as a
     * 2G link that drops mid-upload.
     */
    void putCutAfter(String sha256, String token, byte[] blob, int sent) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            String head = "PUT /api/v1/blobs/" + sha256 + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Range: bytes 0-" + (blob.length - 1) + "/" + blob.length + "\r\n"
                    + "Content-Length: " + blob.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(blob, 0, sent);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long held(HttpResponse<?> response) {
        return Long.parseLong(response.headers().firstValue("Upload-Offset").orElseThrow());
    }

    static String errorCode(HttpResponse<byte[]> response) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        int at = text.indexOf("\"code\":\"");
        return at < 0 ? "" : text.substring(at + 8, text.indexOf('"', at + 8));
    }

    private HttpRequest.Builder request(String sha256, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/blobs/"
                + sha256));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
