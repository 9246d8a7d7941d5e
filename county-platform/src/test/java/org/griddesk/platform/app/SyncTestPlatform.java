package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.griddesk.model.validation.IdentityNumbers;
import org.griddesk.platform.cli.PlatformCommandLine;

/**
 * The whole platform on a random port over a real embedded PostgreSQL, with accounts made through the
 * command line's code path and devices signed in over HTTP: what the sync tests talk to.
 */
final class SyncTestPlatform implements AutoCloseable {
    static final String PASSWORD = "sync test 42";
    static final String GRID_A = "500101001001";
    static final String GRID_B = "500101001002";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final PlatformServer server;
    final PlatformHttp http;

    SyncTestPlatform(Path folder) {
        this(folder, PlatformConfig.local(folder), Clock.systemUTC());
    }

    /** {@code builtInTemplates}: started as {@code serve --builtin-templates} is. */
    SyncTestPlatform(Path folder, boolean builtInTemplates) {
        this(folder, withTemplates(PlatformConfig.local(folder), builtInTemplates), Clock.systemUTC());
    }

    /** With the clock the platform's services read: review deadlines count from it. */
    SyncTestPlatform(Path folder, Clock clock) {
        this(folder, PlatformConfig.local(folder), clock);
    }

    /** Started as {@code serve --builtin-templates}, with the clock the platform's services read. */
    SyncTestPlatform(Path folder, boolean builtInTemplates, Clock clock) {
        this(folder, withTemplates(PlatformConfig.local(folder), builtInTemplates), clock);
    }

    /** With a blob size limit other than the default. */
    SyncTestPlatform(Path folder, long maxBlobBytes) {
        this(folder, PlatformConfig.local(folder).withMaxBlobBytes(maxBlobBytes), Clock.systemUTC());
    }

    private static PlatformConfig withTemplates(PlatformConfig config, boolean builtInTemplates) {
        return new PlatformConfig(config.host(), config.port(), config.database(), config.county(), builtInTemplates,
                config.maxBlobBytes());
    }

    private SyncTestPlatform(Path folder, PlatformConfig config, Clock clock) {
        this.folder = folder;
        try {
            Files.writeString(folder.resolve("password.txt"), PASSWORD + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.server = PlatformServer.start(config, clock);
        this.http = new PlatformHttp(server.port());
    }

    int port() {
        return server.port();
    }

    void addUser(String username, String role, String... grids) {
        List<String> args = new ArrayList<>(List.of("user", "add", "--username", username, "--role", role,
                "--password-file", folder.resolve("password.txt").toString(), "--data", folder.toString(),
                "--county", "500101"));
        if (grids.length > 0) {
            args.addAll(List.of("--grids", String.join(",", grids)));
        }
        StringWriter err = new StringWriter();
        int code = PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute(args.toArray(String[]::new));
        assertEquals(0, code, err.toString());
    }

    /** {@code user grids} on the data folder of the running platform, as an administrator would run it. */
    String setGrids(String username, String... grids) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute("user", "grids", "--username", username,
                "--grids", String.join(",", grids), "--data", folder.toString(), "--county", "500101");
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    /** A platform command on the data folder of the running platform, as an administrator would run it. */
    String command(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", folder.toString(), "--county", "500101"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(all.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    /** Signs a device in and returns its token. */
    String login(String username, String deviceId) {
        ObjectNode body = JSON.createObjectNode().put("username", username).put("password", PASSWORD)
                .put("deviceId", deviceId);
        PlatformHttp.Reply reply = http.post("/api/v1/auth/login", body.toString(), null);
        assertEquals(200, reply.status(), reply.text());
        return reply.json().path("token").asText();
    }

    PlatformHttp.Reply push(String token, Object request) {
        try {
            return http.post("/api/v1/sync/push", JSON.writeValueAsString(request), token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode pullAll(String token) {
        PlatformHttp.Reply reply = http.get("/api/v1/sync/changes?after=0&limit=5000", token);
        assertEquals(200, reply.status(), reply.text());
        return reply.json();
    }

    static Map<String, Object> change(String type, String id, long baseRev, Map<String, ?> set, String hlc) {
        return Map.of("type", type, "id", id, "baseRev", baseRev, "set", set, "delete", false, "hlc", hlc);
    }

    static Map<String, Object> batch(String deviceId, String batchId, int schemaVersion, List<?> changes) {
        return Map.of("deviceId", deviceId, "batchId", batchId, "schemaVersion", schemaVersion, "changes", changes);
    }

    /** A valid GB 11643 number of a man born 1980-01-01 in county 500101; {@code serial} from 1 to 499. */
    static String identityNumber(int serial) {
        String first17 = "50010119800101" + String.format("%03d", serial * 2 - 1);
        return first17 + IdentityNumbers.checkCharacter(first17);
    }

    @Override
    public void close() {
        server.close();
    }
}
