package org.griddesk.desktop.service.issues;

import java.util.List;

/**
 * The grids a location falls in ({@code here}: one is the answer, several a border, none outside every grid known)
 * and every grid the device knows, to choose from when {@code here} does not settle it.
 */
public record GridChoice(List<GridBoundaries.GridPlace> here, List<GridBoundaries.GridPlace> known) {

    public GridChoice {
        here = List.copyOf(here);
        known = List.copyOf(known);
    }

    /** The grid the location settles, or null when the worker must choose. */
    public GridBoundaries.GridPlace settled() {
        return here.size() == 1 ? here.get(0) : null;
    }

    /** What to offer: the grids on the border, else every grid known. */
    public List<GridBoundaries.GridPlace> offered() {
        return here.size() > 1 ? here : known;
    }
}
