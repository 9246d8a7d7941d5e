package org.griddesk.map.layer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One vector feature. The geometry is always WGS84/CGCS2000 longitude-latitude, whatever the
 * file used, so the rest of the app never sees mixed coordinates. Attribute order follows the file.
 */
public record Feature(long id, Geometry geometry, Map<String, Object> attributes) {

    public Feature {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The attribute as text, or empty text when absent, for labels. */
    public String text(String field) {
        Object value = attributes.get(field);
        return value == null ? "" : value.toString();
    }
}
