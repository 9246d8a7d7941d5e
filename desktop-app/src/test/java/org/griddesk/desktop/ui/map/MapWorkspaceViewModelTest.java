package org.griddesk.desktop.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.issues.IssueCategories;
import org.griddesk.desktop.service.issues.IssueDraft;
import org.griddesk.desktop.service.issues.IssuePriority;
import org.griddesk.desktop.service.issues.IssueService;
import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.desktop.service.issues.RecordsOfType;
import org.griddesk.desktop.service.map.BaseMaps;
import org.griddesk.desktop.service.map.LayerRole;
import org.griddesk.desktop.service.map.MapService;
import org.griddesk.desktop.service.map.RecordLayers;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.map.fx.MapLayer;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** The 地图 workspace without a screen: real map files, real services on an in-memory device store. */
class MapWorkspaceViewModelTest {

    @TempDir
    Path dataDir;
    private final InMemoryDeviceStore store = new InMemoryDeviceStore();
    private final HybridLogicalClock clock = HybridLogicalClock.systemClock("device-vm");
    private final IssueService issues = new IssueService(store, clock, RecordsOfType.scanning(store),
            IssueCategories.defaults(), new UuidV7Generator(), Clock.systemUTC(), () -> "worker");
    private MapService map;
    private MapWorkspaceViewModel viewModel;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void open() {
        map = new MapService(new BaseMaps(dataDir.resolve("maps")), Optional.empty(), RecordsOfType.scanning(store),
                issues);
        viewModel = new MapWorkspaceViewModel(map, new CurrentThreadTaskExecutor(), dialogs);
    }

    @AfterEach
    void close() {
        map.close();
    }

    private List<String> drawn() {
        return viewModel.mapLayers().stream().map(MapLayer::name).toList();
    }

    @Test
    void loadingShowsTheBaseMapThenHouseholdsAndIssuePinsAndZoomsToTheVillage() {
        issues.report(new IssueDraft("g", "hazard.fire", "柴堆靠近灶台", "", new Location(108.381, 30.811),
                IssuePriority.HIGH, List.of(), List.of()));

        viewModel.load();

        assertEquals(5, viewModel.fileLayers().size());
        assertTrue(viewModel.fileLayers().stream().allMatch(entry -> entry.role() == LayerRole.BASE));
        assertEquals(List.of("village_boundary", "grid_cells", "river", "roads", "buildings", "households",
                "issues_reported", "issues_accepted", "issues_in_progress", "issues_resolved", "issues_returned"),
                drawn(), "archived issues are hidden until asked for");
        Envelope zoom = viewModel.zoomRequestProperty().get();
        assertTrue(zoom.contains(108.381, 30.811), "the village, where the issue lies, is in view: " + zoom);
        assertTrue(zoom.getWidth() < 0.1 && zoom.getHeight() < 0.1, "zoomed to the village, not further: " + zoom);
        assertNull(viewModel.errorProperty().get());
    }

    @Test
    void theStatusFilterDecidesWhichPinLayersAreDrawn() {
        viewModel.load();

        viewModel.statusShownProperty(IssueStatus.REPORTED).set(false);
        viewModel.statusShownProperty("archived").set(true);

        assertTrue(drawn().contains("issues_archived"));
        assertTrue(!drawn().contains("issues_reported"));
    }

    @Test
    void aDamagedFileIsRefusedWithItsReasonAndTheMapStaysAsItWas() throws IOException {
        viewModel.load();
        List<String> before = drawn();
        Path broken = dataDir.resolve("村界.gpkg");
        Files.write(broken, "garbage, not SQLite".repeat(100).getBytes());

        viewModel.addLayer(broken);

        Message error = viewModel.errorProperty().get();
        assertTrue(List.of(new Message("map.error.corrupt_file"), new Message("map.error.unreadable")).contains(error),
                String.valueOf(error));
        assertEquals(before, drawn());
        assertEquals(5, viewModel.fileLayers().size());
    }

    @Test
    void anAddedLayerIsListedAndDrawnBelowTheRecords() throws IOException {
        viewModel.load();
        Path wells = dataDir.resolve("wells.geojson");
        Files.writeString(wells, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "1号水井"},
                   "geometry": {"type": "Point", "coordinates": [108.381, 30.811]}}]}
                """);

        dialogs.answerFileChoicesWith(wells);
        viewModel.chooseLayerFile();

        assertEquals(List.of(new RecordingDialogService.Shown("open", new Message("map.layers.add"),
                new Message("map.layers.files"))), dialogs.shown(), "the file is chosen through the dialog service");
        assertNull(viewModel.errorProperty().get());
        assertEquals(6, viewModel.fileLayers().size());
        assertEquals(LayerRole.USER, viewModel.fileLayers().get(5).role());
        assertEquals(5, drawn().indexOf(viewModel.fileLayers().get(5).name()));
        assertEquals(RecordLayers.HOUSEHOLDS, drawn().get(6));

        viewModel.selectedLayerProperty().set(viewModel.fileLayers().get(0));
        viewModel.removeSelected();
        assertEquals(6, viewModel.fileLayers().size(), "base layers stay");
        viewModel.selectedLayerProperty().set(viewModel.fileLayers().get(5));
        viewModel.removeSelected();
        assertEquals(5, viewModel.fileLayers().size());
        assertTrue(map.rememberedLayers().isEmpty());
    }

    @Test
    void aCancelledChooserChangesNothing() {
        viewModel.load();
        List<String> before = drawn();

        viewModel.chooseLayerFile();
        viewModel.chooseBaseMapFile();

        assertEquals(2, dialogs.shown().size(), "both choosers were shown");
        assertEquals(before, drawn());
        assertEquals(Optional.empty(), map.chosenBaseMap());
        assertNull(viewModel.errorProperty().get());
    }

    @Test
    void aChosenBaseMapReplacesTheBaseLayersAndKeepsTheOthers() throws IOException {
        viewModel.load();
        Path wells = dataDir.resolve("wells.geojson");
        Files.writeString(wells, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "1号水井"},
                   "geometry": {"type": "Point", "coordinates": [108.381, 30.811]}}]}
                """);
        viewModel.addLayer(wells);
        Path boundary = dataDir.resolve("村界.geojson");
        Files.writeString(boundary, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "幸福村"},
                   "geometry": {"type": "Polygon", "coordinates": [[[108.37, 30.80], [108.39, 30.80],
                     [108.39, 30.82], [108.37, 30.82], [108.37, 30.80]]]}}]}
                """);
        viewModel.zoomRequestProperty().set(null);

        dialogs.answerFileChoicesWith(boundary);
        viewModel.chooseBaseMapFile();
        assertEquals(new Message("map.base.choose"), dialogs.shown().get(0).title());

        assertNull(viewModel.errorProperty().get());
        assertEquals(List.of(LayerRole.BASE, LayerRole.USER),
                viewModel.fileLayers().stream().map(LayerEntry::role).toList());
        assertEquals(boundary.toAbsolutePath().normalize(), viewModel.fileLayers().get(0).file());
        assertEquals(RecordLayers.HOUSEHOLDS, drawn().get(2), "records stay on top of the new base map");
        assertEquals(Optional.of(boundary.toAbsolutePath().normalize()), map.chosenBaseMap());
        assertTrue(viewModel.zoomRequestProperty().get().contains(108.38, 30.81), "zooms to the new base map");
        assertTrue(!viewModel.busyProperty().get());
    }

    @Test
    void anUnreadableBaseMapIsRefusedWithItsReasonAndTheBaseMapStays() throws IOException {
        viewModel.load();
        List<String> before = drawn();
        Path broken = dataDir.resolve("底图.gpkg");
        Files.write(broken, "garbage, not SQLite".repeat(100).getBytes());
        Path text = dataDir.resolve("说明.txt");
        Files.writeString(text, "不是地图");

        viewModel.chooseBaseMap(broken);

        Message error = viewModel.errorProperty().get();
        assertTrue(List.of(new Message("map.error.corrupt_file"), new Message("map.error.unreadable")).contains(error),
                String.valueOf(error));
        assertEquals(before, drawn());

        viewModel.chooseBaseMap(text);

        assertEquals(new Message("map.error.unsupported_format"), viewModel.errorProperty().get());
        assertEquals(before, drawn());
        assertTrue(map.chosenBaseMap().isEmpty(), "nothing remembered");
        assertTrue(!viewModel.busyProperty().get());
    }

    @Test
    void searchFindsAHouseholdByAddressAndZoomsToIt() {
        new LocalChanges(store, clock).set(new RecordKey("household", "h-9"),
                Map.of("address", "幸福村3组12号", "location", new Location(108.3822, 30.8125).toWire()));
        viewModel.load();

        viewModel.searchTextProperty().set("3组12");
        viewModel.search();
        assertEquals(1, viewModel.searchResults().size());
        viewModel.chosenHitProperty().set(viewModel.searchResults().get(0));

        var box = viewModel.zoomRequestProperty().get();
        assertTrue(box.contains(108.3822, 30.8125));
        assertTrue(box.getWidth() < 0.01, "zoomed in close");
    }

    @Test
    void clickingAnIssuePinShowsItsDetailsAndNamesTheIssue() {
        String id = issues.report(new IssueDraft("g", "order.theft", "电动车被盗", "", new Location(108.381, 30.811),
                IssuePriority.URGENT, List.of(), List.of())).id();
        viewModel.load();
        MapLayer pins = viewModel.mapLayers().stream().filter(l -> l.name().equals("issues_reported")).findFirst()
                .orElseThrow();
        var feature = ((org.griddesk.map.layer.FeatureLayer) pins.layer()).features().get(0);

        viewModel.identified(pins.name(), feature);

        assertEquals(List.of(new Message("map.details.issue"), new Message("map.details.title.value", "电动车被盗"),
                new Message("issues.status.reported")), viewModel.details());
        assertEquals(id, viewModel.identifiedIssueProperty().get());
        assertEquals(Optional.of(feature), viewModel.identifiedIssueFeature());
    }
}
