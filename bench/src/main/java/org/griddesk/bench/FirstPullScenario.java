package org.griddesk.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.HttpUrl;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.VaultFactory;
import org.griddesk.platform.app.PlatformConfig;
import org.griddesk.platform.app.PlatformLauncher;
import org.griddesk.platform.app.PlatformServer;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.session.SyncOutcome;
import org.griddesk.sync.session.SyncSession;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;
import org.griddesk.sync.wire.SyncProtocol;

/**
 * A worker's new laptop: a fresh encrypted device store signs in and pulls 100,000 households of its grid from
 * the real platform over HTTP on 127.0.0.1 (the platform's reads, the pages on the wire and the Derby writes).
 * The platform and its records are set up once; every run starts from a new, empty store.
 */
final class FirstPullScenario implements Scenario {

    private static final int RECORDS = 100_000;
    private static final int BATCH = 1000;
    private static final String GRID = "500101001001";
    private static final String SEEDER = "bench-seeder";
    private static final String PASSPHRASE = "bench-网格-passphrase-2026";

    private Path data;
    private Path device;
    private PlatformServer platform;
    private int round;

    @Override
    public String name() {
        return "first pull of 100k records into the encrypted device store";
    }

    @Override
    public String unit() {
        return "s";
    }

    @Override
    public int runs() {
        return 3;
    }

    @Override
    public void prepare() throws Exception {
        device = Files.createTempDirectory("bench-first-pull-device");
        if (platform != null) {
            return;
        }
        data = Files.createTempDirectory("bench-first-pull");
        Path password = data.resolve("password.txt");
        Files.writeString(password, "bench-password-2026\n", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int code = PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute("user", "add", "--username", "bench", "--role", "worker",
                "--grids", GRID, "--password-file", password.toString(), "--data", data.toString(), "--county", "500101");
        if (code != 0) {
            throw new IllegalStateException("user add failed: " + err);
        }
        platform = PlatformServer.start(PlatformConfig.local(data));
        String token = login(platform.port(), SEEDER);
        HttpSyncClient seeder = new HttpSyncClient(url(), () -> token, ClientSettings.standard());
        long clock = System.currentTimeMillis();
        for (int from = 0; from < RECORDS; from += BATCH) {
            List<Change> changes = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(RECORDS, from + BATCH); i++) {
                Map<String, Object> fields = Map.of("grid", GRID, "divisionCode", GRID,
                        "address", "幸福村" + (i / 100 + 1) + "组" + (i % 100 + 1) + "号", "householdType", "1");
                String id = UUID.nameUUIDFromBytes(("bench-household-" + i).getBytes(StandardCharsets.UTF_8)).toString();
                changes.add(new Change("household", id, 0L, fields, false, new Hlc(++clock, 0, SEEDER).toString()));
            }
            PushResponse response = seeder.push(new PushRequest(SEEDER, UUID.randomUUID().toString(),
                    SyncProtocol.SCHEMA_VERSION, changes));
            for (ChangeResult result : response.results()) {
                if (!result.status().equals("applied") && !result.status().equals("merged")) {
                    throw new IllegalStateException("change " + result.status() + ": "
                            + (result.error() == null ? "" : result.error().code() + " " + result.error().message()));
                }
            }
        }
    }

    @Override
    public double measure() throws Exception {
        round++;
        String token = login(platform.port(), "bench-laptop-" + round);
        try (DeviceSession session = VaultFactory.open(device).create(PASSPHRASE.toCharArray())) {
            long start = System.nanoTime();
            SyncOutcome outcome = new SyncSession(session.records(),
                    new HttpSyncClient(url(), () -> token, ClientSettings.standard()), session.clock(),
                    SessionSettings.standard(), (phase, counters) -> { }).run();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (outcome.ending() != SyncOutcome.Ending.COMPLETED || outcome.counters().pulled() != RECORDS) {
                throw new IllegalStateException("pull ended " + outcome.ending() + " after "
                        + outcome.counters().pulled() + " records", outcome.failure());
            }
            return seconds;
        }
    }

    private HttpUrl url() {
        return HttpUrl.get("http://127.0.0.1:" + platform.port() + "/");
    }

    private static String login(int port, String deviceId) throws Exception {
        String body = "{\"username\":\"bench\",\"password\":\"bench-password-2026\",\"deviceId\":\"" + deviceId + "\"}";
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + reply.statusCode() + " " + reply.body());
        }
        return new ObjectMapper().readTree(reply.body()).path("token").asText();
    }

    @Override
    public void cleanUp() {
        TempFolders.deleteQuietly(device);
    }

    @Override
    public void finish() {
        if (platform != null) {
            platform.close();
            TempFolders.deleteQuietly(data);
        }
    }
}
