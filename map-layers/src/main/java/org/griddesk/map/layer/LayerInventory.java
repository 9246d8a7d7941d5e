package org.griddesk.map.layer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Envelope;

/**
 * The one-line-per-layer summary printed by the app's {@code layers FILE} command:
 * name, kind, count, CRS and the WGS84 bounding box, separated by tabs so scripts can cut it.
 */
public final class LayerInventory {

    private LayerInventory() {
    }

    /** Opens the file, summarises it and closes it again; refusals surface as MapDataException. */
    public static List<String> lines(Path file) {
        try (LayerSource source = LayerReader.open(file)) {
            return lines(source);
        }
    }

    public static List<String> lines(LayerSource source) {
        List<String> lines = new ArrayList<>();
        for (Layer layer : source.layers()) {
            lines.add(line(layer));
        }
        return lines;
    }

    public static String line(Layer layer) {
        String crs = layer.convertedFromGcj02() ? layer.crs().id() + " (converted from GCJ-02)" : layer.crs().id();
        return String.join("\t", layer.name(), layer.kind().code(), Long.toString(layer.featureCount()), crs,
                bbox(layer.boundsWgs84()));
    }

    static String bbox(Envelope e) {
        if (e.isNull()) {
            return "empty";
        }
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }
}
