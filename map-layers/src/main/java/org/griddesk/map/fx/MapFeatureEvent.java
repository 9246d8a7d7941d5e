package org.griddesk.map.fx;

import javafx.event.Event;
import javafx.event.EventType;
import org.griddesk.map.layer.Feature;

/** Fired by {@link MapView} when a click identifies a feature. */
public final class MapFeatureEvent extends Event {

    public static final EventType<MapFeatureEvent> FEATURE_CLICKED = new EventType<>(Event.ANY, "MAP_FEATURE_CLICKED");

    private final String layerName;
    private final transient Feature feature;

    public MapFeatureEvent(String layerName, Feature feature) {
        super(FEATURE_CLICKED);
        this.layerName = layerName;
        this.feature = feature;
    }

    public String layerName() {
        return layerName;
    }

    public Feature feature() {
        return feature;
    }
}
