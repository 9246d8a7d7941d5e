package org.griddesk.map.layer;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;
import org.griddesk.map.crs.Crs;
import org.h2.value.Value;
import org.h2.value.ValueGeometry;
import org.h2gis.functions.io.dbf.internal.DbaseFileHeader;
import org.h2gis.functions.io.shp.internal.SHPDriver;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads an ESRI shapefile (.shp with its .shx, .dbf and .prj) through h2gis's file driver, without
 * starting a database. A .cpg file names the attribute encoding; without one, h2gis falls back to
 * the encoding in the .dbf header.
 */
final class ShapefileLayerReader {

    private ShapefileLayerReader() {
    }

    static LayerSource read(Path shp, ReadOptions options) {
        requireSibling(shp, "shx");
        requireSibling(shp, "dbf");
        Crs crs = crsOf(shp);
        SourceCoordinates source = CrsNames.withOptions(SourceCoordinates.of(crs), options);
        SHPDriver driver = new SHPDriver();
        try {
            driver.initDriverFromFile(shp.toFile(), encoding(shp).orElse(null));
            List<Feature> features = readRows(driver, source);
            String name = FileFormat.baseName(shp);
            return LayerSource.inMemory(shp, List.of(new FeatureLayer(name, name, crs, source.gcj02(), features)));
        } catch (IOException | RuntimeException e) {
            throw new MapDataException(MapErrorCode.CORRUPT_FILE, shp.getFileName() + " is damaged or truncated", e);
        } finally {
            Closer.closeQuietly(driver::close);
        }
    }

    private static List<Feature> readRows(SHPDriver driver, SourceCoordinates source) throws IOException {
        DbaseFileHeader header = driver.getDbaseFileHeader();
        int geometryIndex = driver.getGeometryFieldIndex();
        List<Feature> features = new ArrayList<>();
        for (long row = 0; row < driver.getRowCount(); row++) {
            Value geometry = driver.getField(row, geometryIndex);
            if (!(geometry instanceof ValueGeometry vg)) {
                continue;
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (int i = 0; i < header.getNumFields(); i++) {
                int column = i < geometryIndex ? i : i + 1;
                attributes.put(header.getFieldName(i), DbfValues.toJava(driver.getField(row, column)));
            }
            Geometry g = vg.getGeometry();
            features.add(new Feature(row + 1, source.toWgs84(g), attributes));
        }
        return features;
    }

    private static Crs crsOf(Path shp) {
        Optional<Path> prj = sibling(shp, "prj");
        if (prj.isEmpty()) {
            throw new MapDataException(MapErrorCode.UNKNOWN_CRS,
                    shp.getFileName() + " has no .prj file, so its coordinate system is unknown");
        }
        try {
            return PrjCrs.parse(Files.readString(prj.get(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MapDataException(MapErrorCode.UNREADABLE, prj.get().getFileName() + " cannot be read", e);
        }
    }

    private static Optional<String> encoding(Path shp) {
        Optional<Path> cpg = sibling(shp, "cpg");
        if (cpg.isEmpty()) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(cpg.get(), StandardCharsets.US_ASCII).trim();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (IOException e) {
            throw new MapDataException(MapErrorCode.UNREADABLE, cpg.get().getFileName() + " cannot be read", e);
        }
    }

    private static void requireSibling(Path shp, String extension) {
        if (sibling(shp, extension).isEmpty()) {
            throw new MapDataException(MapErrorCode.CORRUPT_FILE,
                    shp.getFileName() + " is missing its ." + extension + " companion file");
        }
    }

    /** Finds name.ext next to the .shp, matching the extension's case loosely as shapefile tools do. */
    private static Optional<Path> sibling(Path shp, String extension) {
        String base = FileFormat.baseName(shp);
        File dir = shp.toAbsolutePath().getParent().toFile();
        for (String candidate : new String[] {extension, extension.toUpperCase(java.util.Locale.ROOT)}) {
            Path p = dir.toPath().resolve(base + "." + candidate);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
