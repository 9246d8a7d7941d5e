package org.griddesk.desktop.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid file demo mode hands to {@code grid import}: the names it carries are what 同步 shows after sign-in. */
class DemoVillageTest {

    @TempDir
    Path dir;

    @Test
    void everyDemoGridCarriesAReadableChineseName() throws Exception {
        Path file = dir.resolve("grids.geojson");
        DemoVillage.standard().writeGrids(file);

        JsonNode features = new ObjectMapper().readTree(Files.readString(file)).path("features");
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        features.forEach(feature -> {
            codes.add(feature.path("properties").path("code").asText());
            names.add(feature.path("properties").path("name").asText());
        });

        assertEquals(DemoVillage.standard().gridCodes(), codes);
        assertEquals(List.of("幸福村第一网格", "幸福村第二网格", "幸福村第三网格", "幸福村第四网格", "幸福村第五网格",
                "幸福村第六网格"), names);
        assertTrue(names.stream().allMatch(name -> name.endsWith("网格")));
    }
}
