package org.griddesk.desktop.service.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Which map files the worker added, so they are on the map again after the next unlock. */
public interface LayerMemory {

    List<Path> files();

    void remember(Path file);

    void forget(Path file);

    /** Remembers the base map chosen for this device. */
    void rememberBaseMap(Path file);

    /** Remembers for as long as the object lives (tests, sessions without a store). */
    static LayerMemory inMemory() {
        List<Path> files = new ArrayList<>();
        return new LayerMemory() {
            @Override
            public synchronized List<Path> files() {
                return List.copyOf(files);
            }

            @Override
            public synchronized void remember(Path file) {
                if (!files.contains(file)) {
                    files.add(file);
                }
            }

            @Override
            public synchronized void forget(Path file) {
                files.remove(file);
            }

            @Override
            public void rememberBaseMap(Path file) {
                // the base map is chosen for this object's life only; MapService holds it
            }
        };
    }
}
