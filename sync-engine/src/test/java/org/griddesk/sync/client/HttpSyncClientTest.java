package org.griddesk.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.TestPlatform;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;
import org.griddesk.sync.wire.WireMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpSyncClientTest {

    private static final String PUSH_OK = "{\"results\":[{\"id\":\"r1\",\"status\":\"applied\",\"rev\":1,"
            + "\"record\":{\"type\":\"resident\",\"id\":\"r1\",\"rev\":1,\"fields\":{\"name\":\"张三\"},\"deleted\":false},"
            + "\"conflicts\":[],\"error\":null}]}";

    private final ObjectMapper mapper = WireMapper.create();
    private final List<Duration> waits = new ArrayList<>();
    private MockWebServer server;
    private HttpSyncClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        RetryPolicy retry = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1));
        ClientSettings settings = new ClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), retry);
        client = new HttpSyncClient(server.url("/"), () -> "token-123", settings, waits::add, new Random(7));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pushSendsGzippedJsonWithTheBearerTokenAndReadsAGzippedAnswer() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Encoding", "gzip")
                .addHeader("Content-Type", "application/json").body(new Buffer().write(gzip(PUSH_OK))).build());
        PushResponse response = client.push(request("b1"));
        assertEquals("applied", response.results().get(0).status());
        assertEquals("张三", response.results().get(0).record().fields().get("name"));
        RecordedRequest recorded = server.takeRequest();
        assertEquals("POST", recorded.getMethod());
        assertEquals("/api/v1/sync/push", recorded.getUrl().encodedPath());
        assertEquals("Bearer token-123", recorded.getHeaders().get("Authorization"));
        assertEquals("gzip", recorded.getHeaders().get("Content-Encoding"));
        PushRequest sent = mapper.readValue(gunzip(recorded.getBody().toByteArray()), PushRequest.class);
        assertEquals(request("b1"), sent);
    }

    @Test
    void pullAsksForTheCursorAndLimit() throws Exception {
        server.enqueue(json(200, "{\"records\":[],\"next\":12,\"hasMore\":false}"));
        ChangesPage page = client.pull(12, 50);
        assertEquals(12, page.next());
        RecordedRequest recorded = server.takeRequest();
        assertEquals("/api/v1/sync/changes", recorded.getUrl().encodedPath());
        assertEquals("12", recorded.getUrl().queryParameter("after"));
        assertEquals("50", recorded.getUrl().queryParameter("limit"));
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreRetriedWithGrowingBackOff() {
        server.enqueue(json(503, "{\"error\":{\"code\":\"busy\",\"message\":\"busy\"}}"));
        server.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(429, ""));
        server.enqueue(json(200, PUSH_OK));
        assertEquals("applied", client.push(request("b1")).results().get(0).status());
        assertEquals(4, server.getRequestCount());
        assertEquals(3, waits.size());
        assertBetween(waits.get(0), 50, 100);
        assertBetween(waits.get(1), 100, 200);
        assertBetween(waits.get(2), 200, 400);
    }

    @Test
    void aRetryWaitsAtLeastAsLongAsThePlatformAskedInRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "7")
                .body("{\"error\":{\"code\":\"unavailable\",\"message\":\"database restarting\"}}").build());
        server.enqueue(json(200, PUSH_OK));
        assertEquals("applied", client.push(request("b1")).results().get(0).status());
        assertEquals(List.of(Duration.ofSeconds(7)), waits, "the policy alone would wait under 100 ms");
    }

    @Test
    void aPlatformAskingForALongPauseIsNotWaitedForWithinTheSync() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "900")
                .body("{\"error\":{\"code\":\"too_many_requests\",\"message\":\"slow down\"}}").build());
        ServerUnavailableException failure = assertThrows(ServerUnavailableException.class,
                () -> client.push(request("b1")));
        assertEquals(Duration.ofSeconds(900), failure.retryAfter().orElseThrow());
        assertEquals("too_many_requests", failure.platformCode());
        assertEquals(1, server.getRequestCount());
        assertTrue(waits.isEmpty());
    }

    @Test
    void aResponseSlowerThanTheReadTimeoutIsRetried() {
        RetryPolicy retry = new RetryPolicy(2, Duration.ZERO, Duration.ZERO);
        ClientSettings impatient = new ClientSettings(Duration.ofSeconds(2), Duration.ofMillis(200), retry);
        HttpSyncClient quick = new HttpSyncClient(server.url("/"), () -> "t", impatient, waits::add, new Random(1));
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, java.util.concurrent.TimeUnit.SECONDS)
                .body("{\"records\":[],\"next\":0,\"hasMore\":false}").build());
        server.enqueue(json(200, "{\"records\":[],\"next\":3,\"hasMore\":false}"));
        assertEquals(3, quick.pull(0, 10).next());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void retriesAreBounded() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(500, "oops"));
        }
        SyncException failure = assertThrows(ServerUnavailableException.class, () -> client.pull(0, 10));
        assertEquals("unavailable", failure.code());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void unauthorizedIsTypedAndNotRetried() {
        server.enqueue(json(401, "{\"error\":{\"code\":\"unauthorized\",\"message\":\"token revoked\"}}"));
        assertThrows(UnauthorizedException.class, () -> client.pull(0, 10));
        assertEquals(1, server.getRequestCount());
        assertTrue(waits.isEmpty());
    }

    @Test
    void outOfScopeIsTyped() {
        server.enqueue(json(403, "{\"error\":{\"code\":\"out_of_scope\",\"message\":\"not your grid\"}}"));
        OutOfScopeException failure = assertThrows(OutOfScopeException.class, () -> client.push(request("b1")));
        assertEquals("not your grid", failure.getMessage());
    }

    @Test
    void anOlderSchemaIsTypedFor426And409() {
        server.enqueue(json(426, "{\"error\":{\"code\":\"schema_too_old\",\"message\":\"update\"}}"));
        server.enqueue(json(409, "{\"error\":{\"code\":\"schema_too_old\",\"message\":\"update\"}}"));
        assertThrows(SchemaTooOldException.class, () -> client.push(request("b1")));
        assertThrows(SchemaTooOldException.class, () -> client.push(request("b2")));
    }

    @Test
    void otherClientErrorsCarryStatusAndCode() {
        server.enqueue(json(400, "{\"error\":{\"code\":\"invalid_body\",\"message\":\"bad json\"}}"));
        RequestRejectedException failure = assertThrows(RequestRejectedException.class, () -> client.push(request("b1")));
        assertEquals(400, failure.httpStatus());
        assertEquals("invalid_body", failure.code());
    }

    @Test
    void aLostAnswerIsResentAndThePlatformReplaysItWithoutChangingAnything() {
        TestPlatform platform = new TestPlatform();
        Caller caller = TestPlatform.worker("dev1");
        List<Long> seqAfterEachRequest = new ArrayList<>();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest recorded) {
                try {
                    PushRequest pushed = mapper.readValue(gunzip(recorded.getBody().toByteArray()), PushRequest.class);
                    PushResponse judged = platform.core.push(caller, pushed);
                    seqAfterEachRequest.add(platform.store.lastSeq());
                    MockResponse.Builder answer = new MockResponse.Builder().code(200)
                            .body(mapper.writeValueAsString(judged));
                    if (seqAfterEachRequest.size() == 1) {
                        answer.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE); // judged, answer lost
                    }
                    return answer.build();
                } catch (IOException e) {
                    return json(400, "");
                }
            }
        });
        PushResponse response = client.push(request("b1"));
        assertEquals(2, server.getRequestCount());
        assertEquals(List.of(1L, 1L), seqAfterEachRequest);
        assertEquals("applied", response.results().get(0).status());
        assertEquals(1, response.results().get(0).rev());
    }

    @Test
    void backOffStaysWithinItsCap() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(500));
        Random random = new Random(1);
        for (int attempt = 1; attempt < 10; attempt++) {
            Duration wait = policy.delayAfterFailure(attempt, random);
            assertTrue(wait.toMillis() <= 500, "wait " + wait + " after attempt " + attempt);
        }
        assertTrue(policy.delayAfterFailure(1, random).toMillis() >= 50);
    }

    private static PushRequest request(String batchId) {
        Change change = new Change("resident", "r1", 0, Map.of("name", "张三"), false,
                new Hlc(TestPlatform.START, 0, "dev1").toString());
        return new PushRequest("dev1", batchId, 1, List.of(change));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static void assertBetween(Duration wait, long minMillis, long maxMillis) {
        assertTrue(wait.toMillis() >= minMillis && wait.toMillis() <= maxMillis, "wait " + wait);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
