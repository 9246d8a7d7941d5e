package org.griddesk.desktop.service.issues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.griddesk.model.record.GridFields;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.RecordType;
import org.griddesk.sync.record.SyncRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Where the grids lie, from the {@code grid} records the platform publishes (name and boundary, pulled like any
 * record). An issue's grid comes from where it is: the grid whose boundary holds its location. A location within a
 * few metres of a border belongs to every grid it touches, and the worker is asked.
 */
public final class GridBoundaries {

    /** About five metres in degrees: closer to a border than a phone's position is sure of. */
    static final double BORDER_TOLERANCE = 0.00005;

    /** A grid a person can choose: its code and, when the platform sent one, its name. */
    public record GridPlace(String code, String name) {
        public String label() {
            return name == null || name.isBlank() ? code : name;
        }
    }

    private final RecordsOfType records;
    private final GeometryFactory geometries = new GeometryFactory();
    /** Parsed boundaries by their GeoJSON text: a grid's boundary changes rarely, a lookup often. */
    private final Map<String, Geometry> parsed = new ConcurrentHashMap<>();

    public GridBoundaries(RecordsOfType records) {
        this.records = records;
    }

    /** Every grid this device knows, by code. */
    public List<GridPlace> known() {
        return grids().stream().map(GridBoundaries::place).sorted(Comparator.comparing(GridPlace::code)).toList();
    }

    /** True when at least one grid came with its boundary: then a location can say its grid. */
    public boolean anyBoundary() {
        return grids().stream().anyMatch(grid -> boundary(grid) != null);
    }

    /** The grids whose boundary holds {@code location}: none outside all, several on a border. */
    public List<GridPlace> at(Location location) {
        Point point = geometries.createPoint(new Coordinate(location.lon(), location.lat()));
        List<GridPlace> found = new ArrayList<>();
        for (SyncRecord grid : grids()) {
            Geometry boundary = boundary(grid);
            if (boundary != null && boundary.isWithinDistance(point, BORDER_TOLERANCE)) {
                found.add(place(grid));
            }
        }
        found.sort(Comparator.comparing(GridPlace::code));
        return found;
    }

    private List<SyncRecord> grids() {
        return records.localViews(RecordType.GRID.wireName()).stream().filter(record -> !record.deleted()).toList();
    }

    private static GridPlace place(SyncRecord grid) {
        Object code = grid.field(GridFields.GRID);
        Object name = grid.field(GridFields.NAME);
        return new GridPlace(code instanceof String c && !c.isBlank() ? c : grid.id(),
                name instanceof String n ? n : "");
    }

    private Geometry boundary(SyncRecord grid) {
        if (!(grid.field(GridFields.BOUNDARY) instanceof String text) || text.isBlank()) {
            return null;
        }
        return parsed.computeIfAbsent(text, GridBoundaries::parse);
    }

    private static Geometry parse(String geoJson) {
        try {
            return new GeoJsonReader().read(geoJson);
        } catch (ParseException | RuntimeException e) {
            // a boundary this device cannot read locates nothing; the worker chooses the grid instead
            return new GeometryFactory().createGeometryCollection();
        }
    }
}
