package org.griddesk.desktop.service.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.issues.IssueCategories;
import org.griddesk.desktop.service.issues.IssueDraft;
import org.griddesk.desktop.service.issues.IssuePriority;
import org.griddesk.desktop.service.issues.IssueService;
import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.desktop.service.issues.RecordsOfType;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.map.style.PointSymbol;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapServiceTest {

    @TempDir
    Path dataDir;

    private final InMemoryDeviceStore store = new InMemoryDeviceStore();
    private final HybridLogicalClock clock = HybridLogicalClock.systemClock("device-map");
    private final IssueService issues = new IssueService(store, clock, RecordsOfType.scanning(store),
            IssueCategories.defaults(), new UuidV7Generator(), Clock.systemUTC(), () -> "worker");
    private MapService map;

    private MapService map() {
        map = new MapService(new BaseMaps(dataDir.resolve("maps")), Optional.empty(), RecordsOfType.scanning(store),
                issues);
        return map;
    }

    @AfterEach
    void closeMap() {
        if (map != null) {
            map.close();
        }
    }

    @Test
    void withoutAConfiguredBaseMapTheDemoVillageIsGeneratedOnceAndShown() throws IOException {
        List<ShownLayer> base = map().baseLayers();

        Path file = dataDir.resolve("maps").resolve("demo-village.gpkg");
        assertTrue(Files.isRegularFile(file));
        assertEquals(List.of("village_boundary", "grid_cells", "river", "roads", "buildings"),
                base.stream().map(ShownLayer::name).toList());
        assertTrue(base.stream().allMatch(layer -> layer.role() == LayerRole.BASE));
        long size = Files.size(file);
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(file);

        map.close();
        assertEquals(5, map().baseLayers().size());
        assertEquals(written, Files.getLastModifiedTime(file), "the demo map is generated only once");
        assertEquals(size, Files.size(file));
    }

    @Test
    void anAddedGeoJsonFileBecomesAUserLayer() throws IOException {
        Path wells = dataDir.resolve("wells.geojson");
        Files.writeString(wells, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "1号水井"},
                   "geometry": {"type": "Point", "coordinates": [108.381, 30.811]}}]}
                """);

        List<ShownLayer> added = map().addLayer(wells);

        assertEquals(1, added.size());
        assertEquals(LayerRole.USER, added.get(0).role());
        assertEquals(1, added.get(0).layer().featureCount());
    }

    @Test
    void anUnreadableFileIsRefusedWithTheLibrarysCode() throws IOException {
        Path broken = dataDir.resolve("broken.gpkg");
        Files.write(broken, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Path text = dataDir.resolve("notes.txt");
        Files.writeString(text, "not a map");

        MapLayerRefusedException corrupt = assertThrows(MapLayerRefusedException.class, () -> map().addLayer(broken));
        MapLayerRefusedException unsupported = assertThrows(MapLayerRefusedException.class, () -> map.addLayer(text));

        assertTrue(List.of("corrupt_file", "unreadable").contains(corrupt.code()), corrupt.code());
        assertEquals("unsupported_format", unsupported.code());
    }

    @Test
    void householdsWithALocationBecomePointsAndCanBeFoundByAddress() {
        LocalChanges changes = new LocalChanges(store, clock);
        changes.set(new RecordKey("household", "h-1"), Map.of("address", "幸福村1组3号", "houseNo", "3",
                "location", new Location(108.3805, 30.8101).toWire()));
        changes.set(new RecordKey("household", "h-2"), Map.of("address", "幸福村2组8号"));

        ShownLayer points = map().householdPoints();

        FeatureLayer layer = (FeatureLayer) points.layer();
        assertEquals(1, layer.featureCount(), "a household without a location has no point");
        assertEquals("h-1", layer.features().get(0).text(RecordLayers.RECORD_ID));
        assertEquals(108.3805, layer.features().get(0).geometry().getCoordinate().x, 1e-9);
        List<MapHit> hits = map.search("1组");
        assertEquals(List.of(new MapHit(MapHit.Kind.HOUSEHOLD, "h-1", "幸福村1组3号", new Location(108.3805, 30.8101))),
                hits);
        assertEquals(List.of(), map.search("2组"), "no location, nothing to zoom to");
    }

    @Test
    void issuePinsAreOneLayerPerShownStatusInItsColour() {
        String first = issues.report(draft("路灯不亮")).id();
        issues.report(draft("垃圾堆放"));
        issues.move(first, IssueStatus.ACCEPTED, "");

        List<ShownLayer> pins = map().issuePins(EnumSet.of(IssueStatus.REPORTED, IssueStatus.ACCEPTED));

        assertEquals(List.of("issues_reported", "issues_accepted"), pins.stream().map(ShownLayer::name).toList());
        assertEquals(1, pins.get(0).layer().featureCount());
        assertEquals(1, pins.get(1).layer().featureCount());
        assertEquals(PointSymbol.PIN, pins.get(0).style().pointSymbol());
        assertEquals(RecordLayers.pinColour(IssueStatus.ACCEPTED), pins.get(1).style().pointColor());
        assertEquals(List.of("issues_accepted"),
                map.issuePins(EnumSet.of(IssueStatus.ACCEPTED)).stream().map(ShownLayer::name).toList());
        assertEquals(1, map.search("路灯").size());
        assertEquals(MapHit.Kind.ISSUE, map.search("路灯").get(0).kind());
    }

    private static IssueDraft draft(String title) {
        return new IssueDraft("500101001001", "infrastructure.lighting", title, "", new Location(108.38, 30.81),
                IssuePriority.NORMAL, List.of(), List.of());
    }
}
