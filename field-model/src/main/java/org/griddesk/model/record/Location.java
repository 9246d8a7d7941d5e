package org.griddesk.model.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A point in WGS84 / CGCS2000 longitude-latitude, the only datum records are stored in
 * (GCJ-02 input is converted before it gets here). On the wire: {@code {"lon": …, "lat": …}}.
 */
public record Location(double lon, double lat) {

    public Location {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("longitude out of range: " + lon);
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("latitude out of range: " + lat);
        }
    }

    /**
     * The location in a field value as JSON parsers deliver it, a map {@code {"lon": 108.4, "lat": 30.8}}
     * with nothing else in it, or a Location already. Empty for anything else, including out-of-range
     * coordinates.
     */
    public static Optional<Location> fromWire(Object value) {
        if (value instanceof Location location) {
            return Optional.of(location);
        }
        if (value instanceof Map<?, ?> map && map.size() == 2
                && map.get("lon") instanceof Number lon && map.get("lat") instanceof Number lat) {
            try {
                return Optional.of(new Location(lon.doubleValue(), lat.doubleValue()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The JSON shape of the wire format: {@code {"lon": …, "lat": …}}. */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("lon", lon);
        wire.put("lat", lat);
        return wire;
    }
}
