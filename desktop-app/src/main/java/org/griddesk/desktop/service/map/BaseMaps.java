package org.griddesk.desktop.service.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.griddesk.map.demo.DemoVillageGenerator;

/** The offline base maps under DATA_DIR/maps; with none configured the demo village is generated once. */
public final class BaseMaps {

    static final String DEMO_FILE = "demo-village.gpkg";

    private final Path mapsDir;

    public BaseMaps(Path mapsDir) {
        this.mapsDir = mapsDir;
    }

    public Path demoVillage() {
        Path target = mapsDir.resolve(DEMO_FILE);
        if (Files.exists(target)) {
            return target;
        }
        try {
            Files.createDirectories(mapsDir);
            // Written beside the target and moved, so an interrupted first start leaves no half GeoPackage behind.
            Path partial = mapsDir.resolve("demo-village.part.gpkg");
            Files.deleteIfExists(partial);
            DemoVillageGenerator.writeGeoPackage(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo base map could not be written", e);
        }
        return target;
    }

    static boolean isDemo(Path file) {
        return file.getFileName().toString().equals(DEMO_FILE);
    }
}
