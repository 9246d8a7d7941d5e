package org.griddesk.platform.app;

import static org.griddesk.platform.app.SyncTestPlatform.GRID_A;
import static org.griddesk.platform.app.SyncTestPlatform.GRID_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grids imported with their boundaries reach a worker's device as {@code grid} records by the ordinary pull (so it
 * can tell which grid a location falls in); a worker reads only its own grids and cannot write any.
 */
class GridRecordsTest {
    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;

    private static final String SQUARE_A = "{\"type\":\"Polygon\",\"coordinates\":[[[108.0,30.0],[108.01,30.0],"
            + "[108.01,30.01],[108.0,30.01],[108.0,30.0]]]}";
    private static final String SQUARE_B = "{\"type\":\"Polygon\",\"coordinates\":[[[108.01,30.0],[108.02,30.0],"
            + "[108.02,30.01],[108.01,30.01],[108.01,30.0]]]}";

    @BeforeAll
    static void start() throws Exception {
        platform = new SyncTestPlatform(folder);
        platform.addUser("qian", "worker", GRID_A);
        Path file = folder.resolve("grids.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":["
                + feature(GRID_A, "一组网格", SQUARE_A) + "," + feature(GRID_B, "二组网格", SQUARE_B) + "]}",
                StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int code = PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute("grid", "import", "--file", file.toString(),
                "--data", folder.toString());
        assertEquals(0, code, err.toString());
    }

    private static String feature(String code, String name, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\"},"
                + "\"geometry\":" + geometry + "}";
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aWorkerPullsItsOwnGridWithNameAndBoundaryOnly() {
        String token = platform.login("qian", "qian-laptop");
        List<JsonNode> grids = StreamSupport.stream(platform.pullAll(token).path("records").spliterator(), false)
                .filter(record -> record.path("type").asText().equals("grid")).toList();
        assertEquals(1, grids.size(), grids.toString());
        JsonNode grid = grids.get(0);
        assertEquals(GRID_A, grid.path("id").asText());
        assertEquals(GRID_A, grid.path("fields").path("grid").asText());
        assertEquals("一组网格", grid.path("fields").path("name").asText());
        assertTrue(grid.path("fields").path("boundary").asText().contains("\"Polygon\""), grid.toString());
    }

    @Test
    void aDeviceCannotWriteAGrid() {
        String token = platform.login("qian", "qian-laptop-2");
        PlatformHttp.Reply reply = platform.push(token, SyncTestPlatform.batch("qian-laptop-2", "b-grid-1", 1,
                List.of(SyncTestPlatform.change("grid", UUID.randomUUID().toString(), 0, Map.of("name", "改名"),
                        "1767225600000:0000:qian-laptop-2"))));
        assertEquals(200, reply.status(), reply.text());
        JsonNode result = reply.json().path("results").path(0);
        assertEquals("rejected", result.path("status").asText(), result.toString());
        assertEquals("out_of_scope", result.path("error").path("code").asText());
    }
}
