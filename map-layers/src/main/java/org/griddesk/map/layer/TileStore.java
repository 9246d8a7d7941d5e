package org.griddesk.map.layer;

import java.util.Optional;

/** Reads encoded tile images (PNG/JPEG bytes) by zoom, column and row counted from the top. */
public interface TileStore {

    Optional<byte[]> tile(int zoom, long column, long row);
}
