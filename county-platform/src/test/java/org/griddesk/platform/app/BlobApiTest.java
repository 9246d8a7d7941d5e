package org.griddesk.platform.app;

import static org.griddesk.platform.app.BlobHttp.errorCode;
import static org.griddesk.platform.app.BlobHttp.held;
import static org.griddesk.platform.app.BlobHttp.sha256;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_B;
import static org.griddesk.platform.app.SyncTestPlatform.batch;
import static org.griddesk.platform.app.SyncTestPlatform.change;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.Hlc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blobs over real HTTP on the real platform: chunked and resumed uploads, the hash check, the limit, scoped reads. */
class BlobApiTest {
    private static final int LIMIT = 2 * 1024 * 1024;

    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;
    private static BlobHttp blobs;
    private static String wang;
    private static String li;
    private static String supervisor;
    private static String admin;
    private final UuidV7Generator ids = new UuidV7Generator();
    private final Random random = new Random(11);

    @BeforeAll
    static void start() {
        platform = new SyncTestPlatform(folder, LIMIT);
        platform.addUser("wang", "worker", GRID_A);
        platform.addUser("li", "worker", GRID_B);
        platform.addUser("chen", "supervisor", GRID_A);
        platform.addUser("admin", "admin");
        wang = platform.login("wang", "wang-1");
        li = platform.login("li", "li-1");
        supervisor = platform.login("chen", "chen-1");
        admin = platform.login("admin", "admin-1");
        blobs = new BlobHttp(platform.port());
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void chunksResumeFromTheHeldOffsetAndTheWholeBlobIsKept() {
        byte[] blob = bytes(300_000);
        String sha = sha256(blob);
        HttpResponse<byte[]> before = blobs.head(sha, wang);
        assertEquals(404, before.statusCode());
        assertEquals(0, held(before));

        assertEquals(200, blobs.put(sha, wang, blob, 0, 99_999).statusCode());
        HttpResponse<byte[]> partial = blobs.head(sha, wang);
        assertEquals(404, partial.statusCode(), "HEAD is 404 until the blob is complete");
        assertEquals(100_000, held(partial));

        HttpResponse<byte[]> wrongStart = blobs.put(sha, wang, blob, 50_000, 149_999);
        assertEquals(409, wrongStart.statusCode());
        assertEquals("upload_offset", errorCode(wrongStart));
        assertEquals(100_000, held(wrongStart), "the refusal says where to resume");
        assertEquals(100_000, held(blobs.head(sha, wang)), "a refused chunk changes nothing");

        HttpResponse<byte[]> last = blobs.put(sha, wang, blob, 100_000, blob.length - 1);
        assertEquals(201, last.statusCode(), new String(last.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> complete = blobs.head(sha, wang);
        assertEquals(200, complete.statusCode());
        assertEquals("300000", complete.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(200, blobs.put(sha, wang, blob, 0, blob.length - 1).statusCode(), "a resend is harmless");

        referenceFromIssue(wang, GRID_A, sha);
        assertArrayEquals(blob, blobs.get(sha, wang, null).body());
    }

    @Test
    void aChunkLargerThanAJsonBodyIsStreamedToDisk() {
        byte[] scan = bytes(1_500_000); // over the 1 MB bound of JSON bodies, under the blob limit
        String sha = sha256(scan);
        HttpResponse<byte[]> whole = blobs.putWhole(sha, wang, scan);
        assertEquals(201, whole.statusCode(), new String(whole.body(), StandardCharsets.UTF_8));
        assertEquals("1500000", blobs.head(sha, wang).headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void anUploadCutMidBodyKeepsWhatArrivedAndResumesFromThere() throws Exception {
        byte[] blob = bytes(200_000);
        String sha = sha256(blob);
        blobs.putCutAfter(sha, wang, blob, 80_000);
        long deadline = System.nanoTime() + 60_000_000_000L;
        long held = 0;
        while (held != 80_000 && System.nanoTime() < deadline) {
            held = held(blobs.head(sha, wang));
            if (held != 80_000) {
                Thread.sleep(20); // the platform notices the dropped connection on its own thread
            }
        }
        assertEquals(80_000, held, "the bytes that arrived before the break are held");

        HttpResponse<byte[]> rest = blobs.put(sha, wang, blob, 80_000, blob.length - 1);
        assertEquals(201, rest.statusCode(), new String(rest.body(), StandardCharsets.UTF_8));
        referenceFromIssue(wang, GRID_A, sha);
        assertArrayEquals(blob, blobs.get(sha, wang, null).body(), "the resumed blob is the sent blob");
    }

    @Test
    void bytesThatDoNotHashToTheNameAreRefusedAndNothingIsKept() throws IOException {
        byte[] meant = bytes(10_000);
        byte[] sent = meant.clone();
        sent[5_000] ^= 1;
        String sha = sha256(meant);
        assertEquals(200, blobs.put(sha, wang, sent, 0, 4_999).statusCode());
        HttpResponse<byte[]> last = blobs.put(sha, wang, sent, 5_000, sent.length - 1);
        assertEquals(400, last.statusCode());
        assertEquals("hash_mismatch", errorCode(last));

        HttpResponse<byte[]> after = blobs.head(sha, wang);
        assertEquals(404, after.statusCode());
        assertEquals(0, held(after), "nothing of the wrong bytes is kept");
        assertTrue(filesUnder(folder.resolve("blobs")).noneMatch(file -> file.getFileName().toString().contains(sha)));
        assertEquals(201, blobs.putWhole(sha, wang, meant).statusCode(), "the right bytes are taken afterwards");
    }

    @Test
    void aBlobOverTheLimitIsRefusedWithTheLimit() {
        byte[] big = bytes(LIMIT + 1);
        String sha = sha256(big);
        HttpResponse<byte[]> chunk = blobs.putRange(sha, wang, "bytes 0-9/" + big.length, Arrays.copyOf(big, 10));
        assertEquals(413, chunk.statusCode());
        assertEquals("too_large", errorCode(chunk));
        assertTrue(new String(chunk.body(), StandardCharsets.UTF_8).contains(Integer.toString(LIMIT)));
        assertEquals(Integer.toString(LIMIT), chunk.headers().firstValue("X-Blob-Size-Limit").orElseThrow());

        HttpResponse<byte[]> whole = blobs.putWhole(sha, wang, big);
        assertEquals(413, whole.statusCode());
        assertEquals("too_large", errorCode(whole));
        assertEquals(0, held(blobs.head(sha, wang)));
    }

    @Test
    void onlyWorkersAndSupervisorsInScopeOfAReferencingRecordMayRead() {
        byte[] blob = bytes(5_000);
        String sha = sha256(blob);
        assertEquals(201, blobs.putWhole(sha, wang, blob).statusCode());
        HttpResponse<byte[]> unreferenced = blobs.get(sha, wang, null);
        assertEquals(404, unreferenced.statusCode(), "held but referenced by no record");

        referenceFromIssue(wang, GRID_A, sha);
        assertArrayEquals(blob, blobs.get(sha, wang, null).body());
        assertArrayEquals(blob, blobs.get(sha, supervisor, null).body());
        HttpResponse<byte[]> otherGrid = blobs.get(sha, li, null);
        HttpResponse<byte[]> neverHeld = blobs.get(sha256(bytes(10)), li, null);
        assertEquals(404, otherGrid.statusCode());
        assertEquals(404, neverHeld.statusCode());
        assertArrayEquals(neverHeld.body(), otherGrid.body(), "an out-of-scope blob looks like one never held");
        assertEquals(404, blobs.get(sha, admin, null).statusCode());
        assertEquals(401, blobs.get(sha, null, null).statusCode());
        assertEquals(401, blobs.head(sha, "made-up").statusCode());
    }

    @Test
    void aRangeIsServedPartiallyForAResumedDownload() {
        byte[] blob = bytes(20_000);
        String sha = sha256(blob);
        assertEquals(201, blobs.putWhole(sha, wang, blob).statusCode());
        referenceFromIssue(wang, GRID_A, sha);

        HttpResponse<byte[]> middle = blobs.get(sha, wang, "bytes=1000-1999");
        assertEquals(206, middle.statusCode());
        assertEquals("bytes 1000-1999/20000", middle.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(blob, 1000, 2000), middle.body());
        HttpResponse<byte[]> rest = blobs.get(sha, wang, "bytes=15000-");
        assertArrayEquals(Arrays.copyOfRange(blob, 15_000, 20_000), rest.body());
        HttpResponse<byte[]> beyond = blobs.get(sha, wang, "bytes=20000-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */20000", beyond.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void namesOtherThanLowerCaseSha256AreInvalid() {
        for (String name : List.of("abc", "A".repeat(64), "g".repeat(64), "0".repeat(65))) {
            HttpResponse<byte[]> head = blobs.head(name, wang);
            assertEquals(400, head.statusCode(), name);
            assertEquals("invalid_field", errorCode(blobs.putWhole(name, wang, new byte[1])), name);
        }
    }

    @Test
    void aChangeReferencingABlobThePlatformLacksIsRejectedUntilTheBlobIsSent() {
        byte[] blob = bytes(3_000);
        String sha = sha256(blob);
        String id = ids.nextId();
        JsonNode first = platform.push(wang, batch("wang-1", ids.nextId(), 1, List.of(change("issue", id, 0,
                Map.of("grid", GRID_A, "title", "井盖丢失", "photos", List.of(sha)), hlc("wang-1"))))).json();
        JsonNode result = first.path("results").get(0);
        assertEquals("rejected", result.path("status").asText());
        assertEquals("missing_blob", result.path("error").path("code").asText());
        assertTrue(result.path("error").path("message").asText().contains(sha), "the hash is named");

        assertEquals(201, blobs.putWhole(sha, wang, blob).statusCode());
        JsonNode again = platform.push(wang, batch("wang-1", ids.nextId(), 1, List.of(change("issue", id, 0,
                Map.of("grid", GRID_A, "title", "井盖丢失", "photos", List.of(sha)), hlc("wang-1"))))).json();
        assertEquals("applied", again.path("results").get(0).path("status").asText(), again.toString());

        JsonNode badName = platform.push(wang, batch("wang-1", ids.nextId(), 1, List.of(change("issue", ids.nextId(),
                0, Map.of("grid", GRID_A, "title", "x", "photos", List.of("../../etc/passwd")), hlc("wang-1"))))).json();
        assertEquals("invalid_field", badName.path("results").get(0).path("error").path("code").asText());
    }

    private void referenceFromIssue(String token, String grid, String sha) {
        JsonNode answer = platform.push(token, batch("wang-1", ids.nextId(), 1, List.of(change("issue", ids.nextId(), 0,
                Map.of("grid", grid, "title", "带照片的事件", "photos", List.of(sha)), hlc("wang-1"))))).json();
        assertEquals("applied", answer.path("results").get(0).path("status").asText(), answer.toString());
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String hlc(String device) {
        return new Hlc(System.currentTimeMillis(), 0, device).toString();
    }

    private static Stream<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList().stream();
        }
    }
}
