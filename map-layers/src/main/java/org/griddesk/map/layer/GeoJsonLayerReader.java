package org.griddesk.map.layer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** Reads a GeoJSON FeatureCollection (or a single Feature) into one feature layer. */
final class GeoJsonLayerReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonLayerReader() {
    }

    static LayerSource read(Path path, ReadOptions options) {
        JsonNode root = parse(path);
        SourceCoordinates source = CrsNames.withOptions(declaredCrs(root), options);
        List<Feature> features = new ArrayList<>();
        GeoJsonReader geometryReader = new GeoJsonReader();
        for (JsonNode node : featureNodes(path, root)) {
            features.add(toFeature(path, node, features.size() + 1L, geometryReader, source));
        }
        String name = FileFormat.baseName(path);
        String title = root.path("name").isTextual() ? root.get("name").asText() : name;
        FeatureLayer layer = new FeatureLayer(name, title, source.crs(), source.gcj02(), features);
        return LayerSource.inMemory(path, List.of(layer));
    }

    private static JsonNode parse(Path path) {
        try {
            return JSON.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            throw new MapDataException(MapErrorCode.CORRUPT_FILE, path.getFileName() + " is not valid JSON", e);
        } catch (IOException e) {
            throw new MapDataException(MapErrorCode.UNREADABLE, path.getFileName() + " cannot be read", e);
        }
    }

    private static SourceCoordinates declaredCrs(JsonNode root) {
        JsonNode name = root.path("crs").path("properties").path("name");
        return name.isTextual() ? CrsNames.parse(name.asText()) : SourceCoordinates.WGS84;
    }

    private static Iterable<JsonNode> featureNodes(Path path, JsonNode root) {
        String type = root.path("type").asText();
        if (type.equals("FeatureCollection") && root.path("features").isArray()) {
            return root.get("features");
        }
        if (type.equals("Feature")) {
            return List.of(root);
        }
        throw new MapDataException(MapErrorCode.CORRUPT_FILE,
                path.getFileName() + " is JSON but not a GeoJSON Feature or FeatureCollection");
    }

    private static Feature toFeature(Path path, JsonNode node, long fallbackId, GeoJsonReader reader,
                                     SourceCoordinates source) {
        JsonNode geometryNode = node.path("geometry");
        if (!geometryNode.isObject()) {
            throw new MapDataException(MapErrorCode.CORRUPT_FILE,
                    path.getFileName() + ": feature " + fallbackId + " has no geometry");
        }
        Geometry geometry;
        try {
            geometry = reader.read(geometryNode.toString());
        } catch (ParseException | RuntimeException e) {
            throw new MapDataException(MapErrorCode.CORRUPT_FILE,
                    path.getFileName() + ": feature " + fallbackId + " has an invalid geometry", e);
        }
        long id = node.path("id").canConvertToLong() ? node.get("id").asLong() : fallbackId;
        return new Feature(id, source.toWgs84(geometry), attributes(node.path("properties")));
    }

    private static Map<String, Object> attributes(JsonNode properties) {
        Map<String, Object> values = new LinkedHashMap<>();
        properties.fields().forEachRemaining(e -> values.put(e.getKey(), value(e.getValue())));
        return values;
    }

    private static Object value(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return v.toString();
    }
}
