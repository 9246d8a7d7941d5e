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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.HttpUrl;

import org.griddesk.platform.app.PlatformConfig;
import org.griddesk.platform.app.PlatformLauncher;
import org.griddesk.platform.app.PlatformServer;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;
import org.griddesk.sync.wire.SyncProtocol;

/**
 * A device pushes a change to each of 10,000 residents it already synced (one field each, in batches of 500)
 * to the real platform over HTTP on 127.0.0.1: validation, duplicate checks, the field merge and the
 * PostgreSQL writes are all in the figure.
 */
final class PushThroughputScenario implements Scenario {

    private static final int RECORDS = 10_000;
    private static final int BATCH = 500;
    private static final String GRID = "500101001001";
    private static final String DEVICE = "bench-device";

    private Path data;
    private PlatformServer platform;
    private HttpSyncClient client;
    private final Map<String, Long> revs = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> creates = new LinkedHashMap<>();
    private long clock = System.currentTimeMillis();
    private int round;

    @Override
    public String name() {
        return "push 10k changed residents, merged on PostgreSQL";
    }

    @Override
    public String unit() {
        return "records/s";
    }

    @Override
    public void prepare() throws Exception {
        if (platform != null) {
            return;
        }
        data = Files.createTempDirectory("bench-push");
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
        String token = login(platform.port());
        client = new HttpSyncClient(HttpUrl.get("http://127.0.0.1:" + platform.port() + "/"), () -> token,
                ClientSettings.standard());
        for (SyntheticResidents.Person p : SyntheticResidents.generate(RECORDS, 5)) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("grid", GRID);
            fields.put("householdId", UUID.nameUUIDFromBytes(p.householdNo().getBytes(StandardCharsets.UTF_8)).toString());
            fields.put("name", p.name());
            fields.put("idNumber", p.idNumber());
            fields.put("sex", p.sexCode());
            fields.put("birthDate", p.birthDate().toString());
            fields.put("ethnicity", "01");
            fields.put("relation", "02");
            fields.put("phone", p.phone());
            creates.put(UUID.nameUUIDFromBytes(p.id().getBytes(StandardCharsets.UTF_8)).toString(), fields);
        }
        pushAll((id, i) -> creates.get(id), new ArrayList<>(creates.keySet()));
    }

    @Override
    public double measure() throws Exception {
        round++;
        List<String> ids = new ArrayList<>(creates.keySet());
        long start = System.nanoTime();
        pushAll((id, i) -> Map.of("phone", "1390000" + String.format("%04d", (round * 7 + i) % 10_000)), ids);
        return RECORDS / ((System.nanoTime() - start) / 1e9);
    }

    private void pushAll(BiFunction<String, Integer, Map<String, Object>> set, List<String> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Change> changes = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(ids.size(), from + BATCH); i++) {
                String id = ids.get(i);
                Hlc hlc = new Hlc(++clock, 0, DEVICE);
                changes.add(new Change("resident", id, revs.getOrDefault(id, 0L), set.apply(id, i), false, hlc.toString()));
            }
            PushResponse response = client.push(new PushRequest(DEVICE, UUID.randomUUID().toString(),
                    SyncProtocol.SCHEMA_VERSION, changes));
            for (ChangeResult result : response.results()) {
                if (!result.status().equals("applied") && !result.status().equals("merged")) {
                    throw new IllegalStateException("change " + result.status() + ": "
                            + (result.error() == null ? "" : result.error().code() + " " + result.error().message()));
                }
                revs.put(result.id(), result.rev());
            }
        }
    }

    private static String login(int port) throws Exception {
        String body = "{\"username\":\"bench\",\"password\":\"bench-password-2026\",\"deviceId\":\"" + DEVICE + "\"}";
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
    public void finish() {
        if (platform != null) {
            platform.close();
            TempFolders.deleteQuietly(data);
        }
    }
}
