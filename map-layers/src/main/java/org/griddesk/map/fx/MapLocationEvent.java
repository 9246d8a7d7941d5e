package org.griddesk.map.fx;

import javafx.event.Event;
import javafx.event.EventType;

/** Fired by {@link MapView} in pick mode with the clicked location in WGS84 longitude-latitude. */
public final class MapLocationEvent extends Event {

    public static final EventType<MapLocationEvent> LOCATION_PICKED = new EventType<>(Event.ANY, "MAP_LOCATION_PICKED");

    private final double lon;
    private final double lat;

    public MapLocationEvent(double lon, double lat) {
        super(LOCATION_PICKED);
        this.lon = lon;
        this.lat = lat;
    }

    public double lon() {
        return lon;
    }

    public double lat() {
        return lat;
    }
}
