package org.griddesk.desktop.service.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.griddesk.desktop.store.SettingsTable;

/** The added map files as one line each in the encrypted settings table, and the chosen base map file. */
final class SettingsLayerMemory implements LayerMemory {

    static final String SETTING = "map_user_layers";

    private final SettingsTable settings;

    SettingsLayerMemory(SettingsTable settings) {
        this.settings = settings;
    }

    @Override
    public synchronized List<Path> files() {
        return settings.get(SETTING).stream()
                .flatMap(text -> text.lines())
                .filter(line -> !line.isBlank())
                .map(Path::of)
                .toList();
    }

    @Override
    public synchronized void remember(Path file) {
        List<Path> files = new ArrayList<>(files());
        if (!files.contains(file)) {
            files.add(file);
            save(files);
        }
    }

    @Override
    public synchronized void forget(Path file) {
        List<Path> files = new ArrayList<>(files());
        if (files.remove(file)) {
            save(files);
        }
    }

    @Override
    public synchronized void rememberBaseMap(Path file) {
        settings.put(FieldWork.BASE_MAP_SETTING, file.toString());
    }

    private void save(List<Path> files) {
        settings.put(SETTING, String.join("\n", files.stream().map(Path::toString).toList()));
    }
}
