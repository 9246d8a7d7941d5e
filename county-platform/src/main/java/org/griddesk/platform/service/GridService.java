package org.griddesk.platform.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.griddesk.platform.store.GridStore;

/** Registers grids of one county; a boundary is kept as the GeoJSON text it arrived as. */
public final class GridService {
    private final String county;
    private final GridStore grids;
    private final ObjectMapper json = new ObjectMapper();

    public GridService(String county, GridStore grids) {
        this.county = county;
        this.grids = grids;
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
    }

    public Optional<String> name(String code) {
        return grids.name(county, code);
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
