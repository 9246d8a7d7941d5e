package org.griddesk.model.record;

import java.util.List;

/** Field names of a {@code grid} record (网格). Names are part of the wire protocol: never rename. */
public final class GridFields {

    /** The grid's own 12-digit code; every record carries the grid it belongs to under this name. */
    public static final String GRID = "grid";
    public static final String NAME = "name";
    /** The township or village division the grid lies in. */
    public static final String DIVISION_CODE = "divisionCode";
    /** Opaque boundary geometry (GeoJSON text), drawn by map-layers. */
    public static final String BOUNDARY = "boundary";

    public static final List<String> ALL = List.of(GRID, NAME, DIVISION_CODE, BOUNDARY);

    private GridFields() {
    }
}
