package org.griddesk.platform.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request sent from a chosen loopback address (127.0.0.2, 127.0.0.3, …: all of 127/8 is this
 * machine on Linux), so a test can play several sources against a platform listening on 127.0.0.1.
 */
final class FromAddress {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String address;
    private final int port;

    FromAddress(String address, int port) {
        this.address = address;
        this.port = port;
    }

    Answer login(String username, String password) {
        String body = JSON.createObjectNode().put("username", username).put("password", password)
                .put("deviceId", "laptop-" + address).toString();
        return post("/api/v1/auth/login", body);
    }

    Answer post(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(60_000);
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return Answer.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    record Answer(int status, String headers, String body) {
        static Answer parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String headers = text.substring(0, split);
            String body = text.substring(split + 4);
            if (headers.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            return new Answer(Integer.parseInt(headers.substring(9, 12)), headers, body);
        }

        String header(String name) {
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }

        String errorCode() {
            try {
                JsonNode json = JSON.readTree(body);
                return json.path("error").path("code").asText();
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        private static String dechunk(String chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
            int at = 0;
            while (true) {
                int lineEnd = indexOf(bytes, at);
                int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).trim(), 16);
                if (size == 0) {
                    return out.toString(StandardCharsets.UTF_8);
                }
                out.write(bytes, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length - 1; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            throw new IllegalStateException("no line end");
        }
    }
}
