package org.griddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.griddesk.map.demo.DemoVillageGenerator;
import org.griddesk.map.layer.LayerReader;
import org.griddesk.map.layer.LayerSource;

/** Opening the demo village GeoPackage and reading every layer, as the map workspace does when it opens. */
final class DemoMapOpenScenario implements Scenario {

    private Path dir;
    private Path gpkg;

    @Override
    public String name() {
        return "open demo village GeoPackage (all layers)";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public int runs() {
        return 10;
    }

    @Override
    public void prepare() throws Exception {
        if (gpkg == null) {
            dir = Files.createTempDirectory("bench-map");
            gpkg = dir.resolve("demo-village.gpkg");
            DemoVillageGenerator.writeGeoPackage(gpkg);
        }
    }

    @Override
    public double measure() throws Exception {
        long start = System.nanoTime();
        try (LayerSource source = LayerReader.open(gpkg)) {
            if (source.layers().isEmpty()) {
                throw new IllegalStateException("the demo GeoPackage has no layers");
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
