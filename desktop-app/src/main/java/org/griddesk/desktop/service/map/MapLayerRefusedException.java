package org.griddesk.desktop.service.map;

import org.griddesk.map.MapDataException;

/**
 * A map file the app cannot show. {@link #code} is the library's stable code ({@code unsupported_format},
 * {@code corrupt_file}, {@code unreadable}, {@code unknown_crs}); the screens translate it.
 */
public final class MapLayerRefusedException extends RuntimeException {

    private final String code;

    public MapLayerRefusedException(MapDataException cause) {
        super(cause.getMessage(), cause);
        this.code = cause.code().code();
    }

    public String code() {
        return code;
    }
}
