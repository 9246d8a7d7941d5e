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
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.HttpUrl;

import org.griddesk.platform.app.PlatformConfig;
import org.griddesk.platform.app.PlatformLauncher;
import org.griddesk.platform.app.PlatformServer;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.SyncProtocol;

/**
 * The county platform started inside the benchmark JVM on an embedded PostgreSQL in a temporary folder, with one
 * worker account for the benchmark grid: what the sync scenarios push to and pull from over 127.0.0.1.
 */
final class InProcessPlatform implements AutoCloseable {

    static final String GRID = "500101001001";
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password-2026";

    private final Path data;
    private final PlatformServer server;

    private InProcessPlatform(Path data, PlatformServer server) {
        this.data = data;
        this.server = server;
    }

    static InProcessPlatform start() throws Exception {
        return start(false);
    }

    /** {@code builtInTemplates}: the four application templates published, as {@code serve --builtin-templates}. */
    static InProcessPlatform start(boolean builtInTemplates) throws Exception {
        Path data = Files.createTempDirectory("bench-platform");
        Files.writeString(data.resolve("password.txt"), PASSWORD + "\n", StandardCharsets.UTF_8);
        addUser(data, USER, "worker", GRID);
        PlatformConfig local = PlatformConfig.local(data);
        return new InProcessPlatform(data, PlatformServer.start(new PlatformConfig(local.host(), local.port(),
                local.database(), local.county(), builtInTemplates)));
    }

    /** {@code user add} on the platform's data folder, with the benchmark password. */
    static void addUser(Path data, String username, String role, String grids) {
        StringWriter err = new StringWriter();
        int code = PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute("user", "add", "--username", username, "--role", role,
                "--grids", grids, "--password-file", data.resolve("password.txt").toString(), "--data",
                data.toString(), "--county", "500101");
        if (code != 0) {
            throw new IllegalStateException("user add failed: " + err);
        }
    }

    Path data() {
        return data;
    }

    /** Signs a device of an account in over HTTP and returns its token. */
    String token(String username, String deviceId) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"deviceId\":\""
                + deviceId + "\"}";
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                url().resolve("api/v1/auth/login").uri()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + reply.statusCode() + " " + reply.body());
        }
        return new ObjectMapper().readTree(reply.body()).path("token").asText();
    }

    /** The password of the bench worker account, in a file as the desktop's sync command takes it. */
    Path passwordFile() {
        return data.resolve("password.txt");
    }

    static String username() {
        return USER;
    }

    HttpUrl url() {
        return HttpUrl.get("http://127.0.0.1:" + server.port() + "/");
    }

    /** Signs a device in over HTTP, as the app does, and returns a sync client holding its token. */
    HttpSyncClient signIn(String deviceId) throws Exception {
        return signIn(deviceId, url());
    }

    /** Signs in directly, then syncs through {@code via} (e.g. a relay counting the bytes on the wire). */
    HttpSyncClient signIn(String deviceId, HttpUrl via) throws Exception {
        String token = token(deviceId);
        return new HttpSyncClient(via, () -> token, ClientSettings.standard());
    }

    /** Signs a device in over HTTP and returns its device token. */
    String token(String deviceId) throws Exception {
        String body = "{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\",\"deviceId\":\"" + deviceId + "\"}";
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url().resolve("api/v1/auth/login").uri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + reply.statusCode() + " " + reply.body());
        }
        return new ObjectMapper().readTree(reply.body()).path("token").asText();
    }

    /**
     * Pushes one batch as the desktop's outbox does (asking the platform to leave applied records out of the answer,
     * which the device rebuilds itself) and insists every change was accepted: a rejected change means wrong
     * benchmark data.
     */
    static List<ChangeResult> pushAccepted(HttpSyncClient client, String deviceId, List<Change> changes) {
        return push(client, deviceId, changes, Set.of("applied", "merged"));
    }

    /** Like {@link #pushAccepted}, but a change stored and flagged as a possible duplicate counts as stored too. */
    static List<ChangeResult> pushStored(HttpSyncClient client, String deviceId, List<Change> changes) {
        return push(client, deviceId, changes, Set.of("applied", "merged", "duplicate"));
    }

    private static List<ChangeResult> push(HttpSyncClient client, String deviceId, List<Change> changes,
                                           Set<String> stored) {
        List<ChangeResult> results = client.push(new PushRequest(deviceId, UUID.randomUUID().toString(),
                SyncProtocol.SCHEMA_VERSION, changes, true)).results();
        for (ChangeResult result : results) {
            if (!stored.contains(result.status())) {
                throw new IllegalStateException("change " + result.status() + ": "
                        + (result.error() == null ? "" : result.error().code() + " " + result.error().message()));
            }
        }
        return results;
    }

    @Override
    public void close() {
        server.close();
        TempFolders.deleteQuietly(data);
    }
}
