package org.griddesk.map.fx;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.scene.image.Image;
import org.griddesk.map.layer.TileLayer;

/** Decoded tile images of one layer, least recently used dropped first so memory stays bounded. */
final class TileImageCache {

    private static final int CAPACITY = 256;

    private final TileLayer layer;
    private final Map<String, Optional<Image>> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Image>> eldest) {
            return size() > CAPACITY;
        }
    };

    TileImageCache(TileLayer layer) {
        this.layer = layer;
    }

    TileLayer layer() {
        return layer;
    }

    Optional<Image> image(int zoom, long column, long row) {
        return images.computeIfAbsent(zoom + "/" + column + "/" + row, k -> layer.store().tile(zoom, column, row)
                .map(bytes -> new Image(new ByteArrayInputStream(bytes)))
                .filter(img -> !img.isError()));
    }
}
