package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the whole platform on a random port over a real embedded PostgreSQL in a temporary folder,
 * creates accounts through the command line's code path, and talks to it over HTTP.
 */
class PlatformIntegrationTest {
    private static final String PASSWORD = "correct horse 9";

    @TempDir
    static Path dataFolder;

    private static PlatformServer server;
    private static PlatformHttp http;

    @BeforeAll
    static void startPlatform() throws Exception {
        start();
        Files.writeString(dataFolder.resolve("password.txt"), PASSWORD + "\n", StandardCharsets.UTF_8);
        for (String user : List.of("wang", "throttled", "leaver", "restart")) {
            assertEquals(0, userAdd(user).exitCode, "user add " + user);
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (server != null) {
            server.close();
        }
    }

    private static void start() {
        server = PlatformServer.start(PlatformConfig.local(dataFolder));
        http = new PlatformHttp(server.port());
    }

    private static CliRun userAdd(String username) {
        return cli("user", "add", "--username", username, "--role", "worker",
                "--grids", "500101001001,500101001002", "--password-file",
                dataFolder.resolve("password.txt").toString(), "--data", dataFolder.toString());
    }

    private static CliRun cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    record CliRun(int exitCode, String out, String err) {
    }

    @Test
    void healthReportsTheDatabaseUp() {
        PlatformHttp.Reply reply = http.get("/health", null);
        assertEquals(200, reply.status());
        assertEquals("ok", reply.json().path("status").asText());
        assertEquals("up", reply.json().path("database").asText());
    }

    @Test
    void signInReturnsTokenRoleAndGrids() {
        PlatformHttp.Reply reply = http.login("wang", PASSWORD);
        assertEquals(200, reply.status(), reply.text());
        JsonNode body = reply.json();
        assertTrue(body.path("token").asText().length() >= 43);
        assertEquals("worker", body.path("role").asText());
        assertEquals(List.of("500101001001", "500101001002"), texts(body.path("grids")));

        PlatformHttp.Reply me = http.get("/api/v1/auth/me", body.path("token").asText());
        assertEquals(200, me.status());
        assertEquals("wang", me.json().path("username").asText());
        assertEquals(List.of("500101001001", "500101001002"), texts(me.json().path("grids")));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        PlatformHttp.Reply wrongPassword = http.login("wang", "not the password");
        PlatformHttp.Reply unknownUser = http.login("nobody-here", PASSWORD);
        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownUser.status());
        assertEquals("unauthorized", wrongPassword.errorCode());
        assertEquals(wrongPassword.text(), unknownUser.text());
        assertFalse(wrongPassword.text().contains("not the password"));
    }

    @Test
    void malformedOrIncompleteRequestsAreInvalid() {
        PlatformHttp.Reply malformed = http.post("/api/v1/auth/login", "{\"username\": \"wang\", \"password\": \"se", null);
        assertEquals(400, malformed.status());
        assertEquals("invalid_request", malformed.errorCode());
        assertFalse(malformed.text().contains("\"se"), "the body must not be echoed");

        PlatformHttp.Reply missing = http.post("/api/v1/auth/login", "{\"username\":\"wang\",\"password\":\"x\"}", null);
        assertEquals(400, missing.status());
        assertEquals("invalid_request", missing.errorCode());
        assertTrue(missing.json().path("error").path("message").asText().contains("deviceId"));

        PlatformHttp.Reply overlong = http.login("x".repeat(65), PASSWORD);
        assertEquals(400, overlong.status());
        assertEquals("invalid_field", overlong.errorCode());
    }

    @Test
    void repeatedFailuresAreThrottledAndSurviveARestart() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, http.login("throttled", "wrong " + attempt).status(), "attempt " + attempt);
        }
        PlatformHttp.Reply blocked = http.login("throttled", PASSWORD);
        assertEquals(429, blocked.status(), "even the right password waits while throttled");
        assertEquals("too_many_attempts", blocked.errorCode());
        long retryAfter = Long.parseLong(blocked.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertEquals(200, http.login("wang", PASSWORD).status(), "other names are not affected");

        server.close();
        start();
        assertEquals(429, http.login("throttled", PASSWORD).status());
    }

    @Test
    void accountsAndTokensSurviveARestart() {
        String token = http.login("restart", PASSWORD).json().path("token").asText();

        server.close();
        start();

        assertEquals(200, http.login("restart", PASSWORD).status());
        assertEquals(200, http.get("/api/v1/auth/me", token).status());
    }

    @Test
    void logoutRevokesOnlyThatToken() {
        String first = http.login("leaver", PASSWORD).json().path("token").asText();
        String second = http.login("leaver", PASSWORD).json().path("token").asText();

        assertEquals(204, http.post("/api/v1/auth/logout", "", first).status());

        assertEquals(401, http.get("/api/v1/auth/me", first).status());
        assertEquals("unauthorized", http.get("/api/v1/auth/me", first).errorCode());
        assertEquals(401, http.post("/api/v1/auth/logout", "", first).status());
        assertEquals(200, http.get("/api/v1/auth/me", second).status());
    }

    @Test
    void revokeTokensCommandSignsAnAccountOutEverywhere() {
        assertEquals(0, userAdd("revoked").exitCode);
        String token = http.login("revoked", PASSWORD).json().path("token").asText();

        CliRun run = cli("user", "revoke-tokens", "--username", "revoked", "--data", dataFolder.toString());

        assertEquals(0, run.exitCode, run.err);
        assertTrue(run.out.contains("Revoked 1"), run.out);
        assertEquals(401, http.get("/api/v1/auth/me", token).status());
    }

    @Test
    void meWithoutTokenIsUnauthorized() {
        assertEquals(401, http.get("/api/v1/auth/me", null).status());
        assertEquals(401, http.get("/api/v1/auth/me", "made-up-token").status());
    }

    @Test
    void duplicateUsernameFailsWithExitCodeOne() {
        CliRun run = userAdd("wang");
        assertEquals(PlatformCommandLine.EXIT_FAILURE, run.exitCode);
        assertTrue(run.err.startsWith("error: User 'wang' already exists"), run.err);
        assertFalse(run.err.contains(PASSWORD));
    }

    @Test
    void gridAddStoresTheGridAndRefusesDuplicates() throws Exception {
        Path boundary = dataFolder.resolve("grid.geojson");
        Files.writeString(boundary, "{\"type\":\"Polygon\",\"coordinates\":[[[106.5,29.5],[106.6,29.5],"
                + "[106.6,29.6],[106.5,29.5]]]}");
        CliRun added = cli("grid", "add", "--code", "500101001009", "--name", "龙井村第一网格",
                "--boundary", boundary.toString(), "--data", dataFolder.toString());
        assertEquals(0, added.exitCode, added.err);
        CliRun again = cli("grid", "add", "--code", "500101001009", "--name", "x", "--data", dataFolder.toString());
        assertEquals(PlatformCommandLine.EXIT_FAILURE, again.exitCode);
        assertTrue(again.err.contains("already exists"), again.err);
    }

    @Test
    void gridImportRegistersEveryFeatureOnceAndRefusesABadFileWhole() throws Exception {
        Path good = dataFolder.resolve("grids.geojson");
        Files.writeString(good, gridCollection("500101002001", "青山村第一网格", "500101002002", "青山村第二网格"));
        CliRun first = cli("grid", "import", "--file", good.toString(), "--data", dataFolder.toString());
        assertEquals(0, first.exitCode, first.err);
        assertTrue(first.out.contains("Imported 2 grids (0 already registered)"), first.out);
        CliRun again = cli("grid", "import", "--file", good.toString(), "--data", dataFolder.toString());
        assertEquals(0, again.exitCode, again.err);
        assertTrue(again.out.contains("Imported 0 grids (2 already registered)"), again.out);

        Path bad = dataFolder.resolve("bad-grids.geojson");
        Files.writeString(bad, gridCollection("500101003001", "白云村第一网格", "50010100300X", "白云村第二网格"));
        CliRun refused = cli("grid", "import", "--file", bad.toString(), "--data", dataFolder.toString());
        assertEquals(PlatformCommandLine.EXIT_USAGE, refused.exitCode);
        assertTrue(refused.err.contains("Feature 2"), refused.err);
        CliRun firstOfBadFile = cli("grid", "add", "--code", "500101003001", "--name", "白云村第一网格",
                "--data", dataFolder.toString());
        assertEquals(0, firstOfBadFile.exitCode, "nothing of the refused file was stored: " + firstOfBadFile.err);
    }

    @Test
    void signInNamesTheCallersImportedGridsAndLeavesOutCodesWithoutAName() throws Exception {
        Path file = dataFolder.resolve("named-grids.geojson");
        Files.writeString(file, gridCollection("500101004001", "石桥村一组网格", "500101004002", "石桥村二组网格"));
        assertEquals(0, cli("grid", "import", "--file", file.toString(), "--data", dataFolder.toString()).exitCode);
        CliRun user = cli("user", "add", "--username", "named", "--role", "worker",
                "--grids", "500101004002,500101004001,500101004003", "--password-file",
                dataFolder.resolve("password.txt").toString(), "--data", dataFolder.toString());
        assertEquals(0, user.exitCode, user.err);

        PlatformHttp.Reply reply = http.login("named", PASSWORD);

        assertEquals(200, reply.status(), reply.text());
        List<String> grids = texts(reply.json().path("grids"));
        assertEquals(3, grids.size(), reply.text());
        JsonNode names = reply.json().path("gridNames");
        List<String> named = grids.stream().filter(code -> !code.equals("500101004003")).toList();
        assertEquals(named, fieldNames(names), "in the order of grids; 003 has no stored name");
        assertEquals("石桥村二组网格", names.path("500101004002").asText());
        assertEquals("石桥村一组网格", names.path("500101004001").asText());
    }

    @Test
    void signInWithNoNamedGridsSendsAnEmptyNameMap() {
        PlatformHttp.Reply reply = http.login("wang", PASSWORD);
        assertTrue(reply.json().path("gridNames").isObject(), reply.text());
        assertEquals(0, reply.json().path("gridNames").size(), reply.text());
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String gridCollection(String code1, String name1, String code2, String name2) {
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[108.3,30.8],[108.4,30.8],[108.4,30.9],[108.3,30.8]]]}";
        return "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code1 + "\",\"name\":\"" + name1 + "\"},"
                + "\"geometry\":" + square + "},"
                + "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code2 + "\",\"name\":\"" + name2 + "\"},"
                + "\"geometry\":null}]}";
    }

    @Test
    void gzipRequestsAreAcceptedAndLargeAnswersCompressed() {
        PlatformHttp.Reply login = http.postGzip("/api/v1/auth/login",
                "{\"username\":\"wang\",\"password\":\"" + PASSWORD + "\",\"deviceId\":\"gz\"}");
        assertEquals(200, login.status(), login.text());

        PlatformHttp.Reply document = http.getGzip("/api/v1/openapi.json");
        assertEquals(200, document.status());
        assertEquals("gzip", document.header("Content-Encoding"));
        assertEquals("3.1.0", document.json().path("openapi").asText());
    }

    @Test
    void openApiDocumentListsEveryRegisteredRoute() {
        JsonNode paths = http.get("/api/v1/openapi.json", null).json().path("paths");
        List<String> documented = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        assertFalse(server.routes().isEmpty());
        assertEquals(server.routes().stream().sorted().toList(), documented.stream().sorted().toList());
    }

    @Test
    void unknownRoutesAnswerWithAJsonError() {
        PlatformHttp.Reply reply = http.get("/api/v1/nothing-here", null);
        assertEquals(404, reply.status());
        assertNotNull(reply.errorCode());
        assertEquals("not_found", reply.errorCode());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
