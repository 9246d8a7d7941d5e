package org.griddesk.platform.store;

import java.util.Optional;

/** One grid as registered: its 12-digit code, its name and, when known, its boundary as GeoJSON text. */
public record GridRow(String code, String name, Optional<String> boundaryGeoJson) {
}
