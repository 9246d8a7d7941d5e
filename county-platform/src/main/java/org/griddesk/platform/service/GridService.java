package org.griddesk.platform.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.griddesk.platform.store.GridRow;
import org.griddesk.platform.store.GridStore;

/** Registers grids of one county; a boundary is kept as the GeoJSON text it arrived as. */
public final class GridService {
    private final String county;
    private final GridStore grids;
    private static final ObjectMapper READER = new ObjectMapper();
    private final ObjectMapper json = READER;

    private final Consumer<List<GridRow>> published;

    public GridService(String county, GridStore grids) {
        this(county, grids, rows -> { });
    }

    /** {@code published} is told every grid registered, so that devices learn it (see GridRecords). */
    public GridService(String county, GridStore grids, Consumer<List<GridRow>> published) {
        this.county = county;
        this.grids = grids;
        this.published = published;
    }

    /** Publishes every registered grid again; only new or changed ones are written. */
    public void publishAll() {
        published.accept(grids.all(county));
    }

    public void add(String code, String name, Optional<String> boundaryGeoJson) {
        AdministrativeCodes.requireInCounty(county, AdministrativeCodes.requireGridCode(code));
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("Grid name must not be empty");
        }
        boundaryGeoJson.ifPresent(this::requireGeoJson);
        if (!grids.insert(county, code, name.strip(), boundaryGeoJson)) {
            throw new AlreadyExistsException("Grid " + code + " already exists");
        }
        published.accept(List.of(new GridRow(code, name.strip(), boundaryGeoJson)));
    }

    /**
     * Registers every feature of a GeoJSON FeatureCollection as a grid: properties {@code code} and {@code name},
     * the geometry as its boundary. Every feature is checked before anything is written; grids already registered
     * are left as they are, so an import can be run again.
     */
    public GridImport importCollection(String featureCollection) {
        JsonNode root = parse(featureCollection);
        if (!"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
            throw new InvalidInputException("Grid file is not a GeoJSON FeatureCollection");
        }
        List<GridRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int number = 0;
        for (JsonNode feature : root.path("features")) {
            number++;
            rows.add(gridOf(feature, number, seen));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("Grid file holds no features");
        }
        int added = grids.insertMissing(county, rows);
        publishAll();
        return new GridImport(added, rows.size() - added);
    }

    /** The county a grid file belongs to: that of its first feature's code (each feature is checked on import). */
    public static String countyOfCollection(String featureCollection) {
        JsonNode first = parse(featureCollection).path("features").path(0);
        return AdministrativeCodes.countyOf(first.path("properties").path("code").asText(""));
    }

    private GridRow gridOf(JsonNode feature, int number, Set<String> seen) {
        String code = feature.path("properties").path("code").asText("");
        String name = feature.path("properties").path("name").asText("").strip();
        try {
            AdministrativeCodes.requireInCounty(county, AdministrativeCodes.requireGridCode(code));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("Feature " + number + ": " + e.getMessage());
        }
        if (name.isEmpty()) {
            throw new InvalidInputException("Feature " + number + " (" + code + ") has no name");
        }
        if (!seen.add(code)) {
            throw new InvalidInputException("Feature " + number + " repeats grid " + code);
        }
        JsonNode geometry = feature.path("geometry");
        Optional<String> boundary = geometry.isObject() ? Optional.of(geometry.toString()) : Optional.empty();
        return new GridRow(code, name, boundary);
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = READER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException("Grid file is not a GeoJSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("Grid file is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        }
    }

    public Optional<String> name(String code) {
        return grids.name(county, code);
    }

    /** The names of the given grids in the order of {@code codes}; codes with no stored name are left out. */
    public Map<String, String> names(List<String> codes) {
        Map<String, String> stored = grids.names(county, codes);
        Map<String, String> ordered = new LinkedHashMap<>();
        codes.stream().filter(stored::containsKey).forEach(code -> ordered.put(code, stored.get(code)));
        return ordered;
    }

    private void requireGeoJson(String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject() || !node.path("type").isTextual()) {
                throw new InvalidInputException("Boundary is not a GeoJSON object with a \"type\"");
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("Boundary is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        }
    }
}
