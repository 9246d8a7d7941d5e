package org.griddesk.desktop.service.map;

import org.griddesk.model.record.Location;

/** A search result the map can zoom to: a household (by address) or an issue (by title). */
public record MapHit(Kind kind, String id, String label, Location location) {

    public enum Kind { HOUSEHOLD, ISSUE }
}
