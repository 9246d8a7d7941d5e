package org.griddesk.map.layer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/** Writes a feature layer as RFC 7946 GeoJSON (WGS84 longitude-latitude, UTF-8). */
public final class GeoJsonLayerWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Nine decimals of a degree is about a tenth of a millimetre. */
    private static final int DECIMALS = 9;

    private GeoJsonLayerWriter() {
    }

    public static void write(FeatureLayer layer, Path target) {
        GeoJsonWriter geometryWriter = new GeoJsonWriter(DECIMALS);
        geometryWriter.setEncodeCRS(false);
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", layer.title());
        ArrayNode features = root.putArray("features");
        try {
            for (Feature f : layer.features()) {
                ObjectNode node = features.addObject();
                node.put("type", "Feature");
                node.put("id", f.id());
                node.set("geometry", JSON.readTree(geometryWriter.write(f.geometry())));
                ObjectNode props = node.putObject("properties");
                for (Map.Entry<String, Object> e : f.attributes().entrySet()) {
                    props.set(e.getKey(), JSON.valueToTree(e.getValue()));
                }
            }
            JSON.writeValue(target.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target.getFileName(), e);
        }
    }
}
