package org.griddesk.desktop.service.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.store.StoreOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production wiring on a real store: added map files come back after the next unlock until removed. */
class FieldWorkTest {

    private static final char[] PASSPHRASE = "Field-work-口令-2026".toCharArray();

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    @Test
    void addedLayersAreRememberedAcrossUnlocksAndForgottenWhenRemoved() throws Exception {
        EncryptedVault vault = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000),
                Duration.ofHours(1));
        Path wells = files.resolve("wells.geojson");
        Files.writeString(wells, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "1号水井"},
                   "geometry": {"type": "Point", "coordinates": [108.381, 30.811]}}]}
                """);

        try (EncryptedDeviceSession session = vault.create(PASSPHRASE);
             FieldWork work = FieldWork.forSession(session)) {
            assertTrue(work.map().rememberedLayers().isEmpty());
            assertEquals(1, work.map().addLayer(wells).size());
            assertEquals(List.of(), work.map().addLayer(wells), "a file already on the map is not added twice");
        }

        try (EncryptedDeviceSession session = vault.unlock(PASSPHRASE);
             FieldWork work = FieldWork.forSession(session)) {
            List<ShownLayer> remembered = work.map().rememberedLayers();
            assertEquals(1, remembered.size());
            assertEquals(LayerRole.USER, remembered.get(0).role());
            assertEquals(wells.toAbsolutePath().normalize(), remembered.get(0).file());
            work.map().removeLayer(remembered.get(0).file());
        }

        try (EncryptedDeviceSession session = vault.unlock(PASSPHRASE);
             FieldWork work = FieldWork.forSession(session)) {
            assertTrue(work.map().rememberedLayers().isEmpty());
        }
    }

    @Test
    void aChosenBaseMapIsShownAgainAfterTheNextUnlock() throws Exception {
        EncryptedVault vault = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000),
                Duration.ofHours(1));
        Path boundary = files.resolve("村界.geojson");
        Files.writeString(boundary, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "幸福村"},
                   "geometry": {"type": "Polygon", "coordinates": [[[108.37, 30.80], [108.39, 30.80],
                     [108.39, 30.82], [108.37, 30.82], [108.37, 30.80]]]}}]}
                """);

        try (EncryptedDeviceSession session = vault.create(PASSPHRASE);
             FieldWork work = FieldWork.forSession(session)) {
            assertTrue(work.map().chosenBaseMap().isEmpty(), "the demo village until one is chosen");
            List<ShownLayer> base = work.map().chooseBaseMap(boundary);
            assertEquals(1, base.size());
            assertEquals(LayerRole.BASE, base.get(0).role());
        }

        try (EncryptedDeviceSession session = vault.unlock(PASSPHRASE);
             FieldWork work = FieldWork.forSession(session)) {
            Path expected = boundary.toAbsolutePath().normalize();
            assertEquals(java.util.Optional.of(expected), work.map().chosenBaseMap());
            List<ShownLayer> base = work.map().baseLayers();
            assertEquals(1, base.size());
            assertEquals(expected, base.get(0).file());
        }
    }
}
