package org.griddesk.map.layer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The layers of one opened file. Tile layers read from the file lazily, so the source must be
 * closed when the map no longer shows it.
 */
public final class LayerSource implements AutoCloseable {

    private final Path path;
    private final List<Layer> layers;
    private final List<AutoCloseable> resources;

    public LayerSource(Path path, List<? extends Layer> layers, List<? extends AutoCloseable> resources) {
        this.path = path;
        this.layers = List.copyOf(layers);
        this.resources = new ArrayList<>(resources);
    }

    public static LayerSource inMemory(Path path, List<? extends Layer> layers) {
        return new LayerSource(path, layers, List.of());
    }

    public Path path() {
        return path;
    }

    public List<Layer> layers() {
        return layers;
    }

    public Layer layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layer " + name + " in " + path.getFileName()));
    }

    public FeatureLayer featureLayer(String name) {
        return (FeatureLayer) layer(name);
    }

    @Override
    public void close() {
        Closer.closeAll(resources);
        resources.clear();
    }
}
