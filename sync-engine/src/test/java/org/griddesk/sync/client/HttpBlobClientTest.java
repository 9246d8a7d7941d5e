package org.griddesk.sync.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The blob client against scripted answers: where it resumes, and what it makes of refusals. */
class HttpBlobClientTest {

    private static final String SHA = "0123456789abcdef".repeat(4);

    private final List<Duration> waits = new ArrayList<>();
    private MockWebServer server;
    private HttpBlobClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        ClientSettings settings = new ClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(2),
                new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1)));
        client = new HttpBlobClient(server.url("/"), () -> "token-9", settings, 4, waits::add, new Random(3));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anUploadSendsOnlyTheBytesThePlatformLacksInChunks() throws Exception {
        byte[] blob = "0123456789".getBytes();
        server.enqueue(new MockResponse.Builder().code(404).addHeader("Upload-Offset", "3").build());
        server.enqueue(held(200, 7));
        server.enqueue(held(201, 10)); // the last three bytes

        assertEquals(7, client.upload(SHA, blob));

        RecordedRequest head = server.takeRequest();
        assertEquals("HEAD", head.getMethod());
        assertEquals("/api/v1/blobs/" + SHA, head.getUrl().encodedPath());
        assertEquals("Bearer token-9", head.getHeaders().get("Authorization"));
        RecordedRequest first = server.takeRequest();
        assertEquals("bytes 3-6/10", first.getHeaders().get("Content-Range"));
        assertEquals("3456", first.getBody().utf8());
        RecordedRequest last = server.takeRequest();
        assertEquals("bytes 7-9/10", last.getHeaders().get("Content-Range"));
        assertEquals("789", last.getBody().utf8());
    }

    @Test
    void aChunkRefusedForItsOffsetResumesWhereThePlatformSays() throws Exception {
        byte[] blob = "0123456789".getBytes();
        server.enqueue(new MockResponse.Builder().code(404).addHeader("Upload-Offset", "0").build());
        server.enqueue(new MockResponse.Builder().code(409).addHeader("Upload-Offset", "8")
                .body("{\"error\":{\"code\":\"upload_offset\",\"message\":\"holds 8\"}}").build());
        server.enqueue(held(201, 10));

        client.upload(SHA, blob);

        server.takeRequest();
        assertEquals("bytes 0-3/10", server.takeRequest().getHeaders().get("Content-Range"));
        assertEquals("bytes 8-9/10", server.takeRequest().getHeaders().get("Content-Range"));
    }

    @Test
    void aBlobOverTheLimitIsARefusalNotARetry() {
        server.enqueue(new MockResponse.Builder().code(404).addHeader("Upload-Offset", "0").build());
        server.enqueue(new MockResponse.Builder().code(413)
                .body("{\"error\":{\"code\":\"too_large\",\"message\":\"at most 5 bytes\"}}").build());

        RequestRejectedException refused = assertThrows(RequestRejectedException.class,
                () -> client.upload(SHA, new byte[10]));

        assertEquals("too_large", refused.code());
        assertEquals(413, refused.httpStatus());
        assertEquals(List.of(), waits);
    }

    @Test
    void aDownloadAsksForTheBytesItLacksAndStartsAgainWhenGivenTheWhole() throws Exception {
        server.enqueue(new MockResponse.Builder().code(206).body(new Buffer().writeUtf8("6789")).build());
        Held target = new Held("012345");
        client.download(SHA, target);
        assertEquals("bytes=6-", server.takeRequest().getHeaders().get("Range"));
        assertArrayEquals("0123456789".getBytes(), target.bytes.toByteArray());

        server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().writeUtf8("0123456789")).build());
        Held stale = new Held("xyz");
        client.download(SHA, stale);
        assertEquals("bytes=3-", server.takeRequest().getHeaders().get("Range"));
        assertArrayEquals("0123456789".getBytes(), stale.bytes.toByteArray(), "a 200 replaces what was held");

        server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().writeUtf8("abc")).build());
        client.download(SHA, new Held(""));
        assertNull(server.takeRequest().getHeaders().get("Range"), "nothing held: no Range");
    }

    private static MockResponse held(int code, long held) {
        return new MockResponse.Builder().code(code).addHeader("Upload-Offset", Long.toString(held))
                .body("{\"held\":" + held + "}").build();
    }

    private static final class Held implements DownloadTarget {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Held(String already) {
            bytes.writeBytes(already.getBytes());
        }

        @Override
        public long held() {
            return bytes.size();
        }

        @Override
        public void append(byte[] chunk, int offset, int length) {
            bytes.write(chunk, offset, length);
        }

        @Override
        public void restart() {
            bytes.reset();
        }
    }
}
