package org.griddesk.desktop.ui.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.desktop.service.map.LayerRole;
import org.griddesk.desktop.service.map.MapHit;
import org.griddesk.desktop.service.map.MapLayerRefusedException;
import org.griddesk.desktop.service.map.MapService;
import org.griddesk.desktop.service.map.RecordLayers;
import org.griddesk.desktop.service.map.ShownLayer;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.map.fx.MapLayer;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.model.record.Location;
import org.locationtech.jts.geom.Envelope;

/**
 * The 地图 workspace: which layers are on the map (base, added, households, issue pins by status), the search,
 * and what a click identified. Both map views of the app (地图 and the one in 事件) draw {@link #mapLayers}.
 */
public final class MapWorkspaceViewModel {

    /** The files the map reads, as the file choosers offer them. */
    static final String[] MAP_FILES = {"*.gpkg", "*.geojson", "*.json", "*.shp", "*.mbtiles"};

    private final MapService map;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<LayerEntry> fileLayers = FXCollections.observableArrayList();
    private final ObservableList<LayerEntry> recordLayers = FXCollections.observableArrayList();
    private final ObservableList<MapLayer> mapLayers = FXCollections.observableArrayList();
    private final Map<IssueStatus, BooleanProperty> statusShown = new EnumMap<>(IssueStatus.class);
    private final BooleanProperty householdsShown = new SimpleBooleanProperty(this, "householdsShown", true);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<MapHit> searchResults = FXCollections.observableArrayList();
    private final ObservableList<Message> details = FXCollections.observableArrayList();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>(this, "error");
    private final ObjectProperty<Envelope> zoomRequest = new SimpleObjectProperty<>(this, "zoomRequest");
    private final ObjectProperty<String> identifiedIssue = new SimpleObjectProperty<>(this, "identifiedIssue");
    private final ObjectProperty<LayerEntry> selectedLayer = new SimpleObjectProperty<>(this, "selectedLayer");
    private final ObjectProperty<MapHit> chosenHit = new SimpleObjectProperty<>(this, "chosenHit");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);

    public MapWorkspaceViewModel(MapService map, TaskExecutor executor, DialogService dialogs) {
        this.map = map;
        this.executor = executor;
        this.dialogs = dialogs;
        for (IssueStatus status : IssueStatus.values()) {
            BooleanProperty shown = new SimpleBooleanProperty(this, status.code(), status != IssueStatus.ARCHIVED);
            shown.addListener((observable, before, now) -> refreshRecords());
            statusShown.put(status, shown);
        }
        chosenHit.addListener((observable, before, now) -> {
            if (now != null) {
                show(now);
            }
        });
        householdsShown.addListener((observable, before, now) -> recordLayers.stream()
                .filter(entry -> entry.role() == LayerRole.HOUSEHOLDS)
                .forEach(entry -> entry.mapLayer().setVisible(now)));
    }

    /** Opens the base map (generating the demo village the first time) and the record layers. */
    public void load() {
        busy.set(true);
        executor.execute(progress -> {
            List<ShownLayer> layers = new ArrayList<>(map.baseLayers());
            layers.addAll(map.rememberedLayers());
            return layers;
        }, TaskCallbacks.of(opened -> {
            busy.set(false);
            opened.forEach(shown -> fileLayers.add(LayerEntry.of(shown)));
            rebuild();
            Envelope extent = new Envelope();
            opened.stream().filter(shown -> shown.role() == LayerRole.BASE)
                    .forEach(shown -> extent.expandToInclude(shown.layer().boundsWgs84()));
            if (!extent.isNull()) {
                zoomRequest.set(extent);
            }
            refreshRecords();
        }, failure -> {
            busy.set(false);
            error.set(refusal(failure, "map.error.baseMap"));
            refreshRecords();
        }));
    }

    /** Re-reads households and issues; called after a change in another workspace. */
    public void refreshRecords() {
        Set<IssueStatus> shown = EnumSet.noneOf(IssueStatus.class);
        statusShown.forEach((status, property) -> {
            if (property.get()) {
                shown.add(status);
            }
        });
        executor.execute(progress -> {
            List<ShownLayer> layers = new ArrayList<>();
            layers.add(map.householdPoints());
            layers.addAll(map.issuePins(shown));
            return layers;
        }, TaskCallbacks.of(layers -> {
            recordLayers.setAll(layers.stream().map(LayerEntry::of).toList());
            recordLayers.stream().filter(entry -> entry.role() == LayerRole.HOUSEHOLDS)
                    .forEach(entry -> entry.mapLayer().setVisible(householdsShown.get()));
            rebuild();
        }, failure -> error.set(new Message("map.error.records"))));
    }

    /** Asks the worker for a map file to add; nothing happens when the chooser is cancelled. */
    public void chooseLayerFile() {
        dialogs.chooseFileToOpen(new Message("map.layers.add"), new Message("map.layers.files"), MAP_FILES)
                .ifPresent(this::addLayer);
    }

    /** Asks the worker for the file to make the base map; nothing happens when the chooser is cancelled. */
    public void chooseBaseMapFile() {
        dialogs.chooseFileToOpen(new Message("map.base.choose"), new Message("map.layers.files"), MAP_FILES)
                .ifPresent(this::chooseBaseMap);
    }

    /** Adds a map file; a file the app cannot read leaves the map as it was and says why. */
    public void addLayer(Path file) {
        error.set(null);
        executor.execute(progress -> map.addLayer(file), TaskCallbacks.of(added -> {
            added.forEach(shown -> fileLayers.add(LayerEntry.of(shown)));
            rebuild();
        }, failure -> error.set(refusal(failure, "map.error.unreadable"))));
    }

    /**
     * Makes a map file the base map (kept for the next unlock). The file is read first: one the app cannot use is
     * refused with the reason, and the base map stays as it was.
     */
    public void chooseBaseMap(Path file) {
        error.set(null);
        busy.set(true);
        executor.execute(progress -> map.chooseBaseMap(file), TaskCallbacks.of(base -> {
            busy.set(false);
            List<LayerEntry> entries = base.stream().map(LayerEntry::of).toList();
            fileLayers.removeIf(entry -> entry.role() == LayerRole.BASE);
            fileLayers.addAll(0, entries);
            rebuild();
            Envelope extent = new Envelope();
            base.forEach(shown -> extent.expandToInclude(shown.layer().boundsWgs84()));
            if (!extent.isNull()) {
                zoomRequest.set(extent);
            }
        }, failure -> {
            busy.set(false);
            error.set(refusal(failure, "map.base.refused"));
        }));
    }

    /** Takes the selected added file off the map (all its layers) and forgets it. */
    public void removeSelected() {
        LayerEntry entry = selectedLayer.get();
        if (entry == null || !entry.removable()) {
            return;
        }
        Path file = entry.file();
        executor.execute(progress -> {
            map.removeLayer(file);
            return file;
        }, TaskCallbacks.of(removed -> {
            fileLayers.removeIf(candidate -> removed.equals(candidate.file()));
            rebuild();
        }, failure -> error.set(new Message("map.error.remove"))));
    }

    private static Message refusal(Throwable failure, String fallbackKey) {
        if (failure instanceof MapLayerRefusedException refused) {
            return new Message("map.error." + refused.code());
        }
        return new Message(fallbackKey);
    }

    private void rebuild() {
        List<MapLayer> all = new ArrayList<>();
        fileLayers.forEach(entry -> all.add(entry.mapLayer()));
        recordLayers.forEach(entry -> all.add(entry.mapLayer()));
        mapLayers.setAll(all);
    }

    public void search() {
        String text = searchText.get();
        executor.execute(progress -> map.search(text), TaskCallbacks.of(searchResults::setAll,
                failure -> error.set(new Message("map.error.records"))));
    }

    /** Zooms to a search result: a small box around it, so the surroundings stay readable. */
    public void show(MapHit hit) {
        Location at = hit.location();
        double margin = 0.0015;
        // The same box twice would not fire a change, and the worker expects a second click to zoom again.
        zoomRequest.set(null);
        zoomRequest.set(new Envelope(at.lon() - margin, at.lon() + margin, at.lat() - margin, at.lat() + margin));
        if (hit.kind() == MapHit.Kind.ISSUE) {
            identifiedIssue.set(hit.id());
        }
    }

    public void identified(String layerName, Feature feature) {
        String title = mapLayers.stream().map(MapLayer::layer).filter(layer -> layer.name().equals(layerName))
                .map(layer -> layer.title()).findFirst().orElse(layerName);
        details.setAll(FeatureDetails.of(layerName, title, feature));
        Optional.ofNullable(feature.attributes().get(RecordLayers.RECORD_ID))
                .filter(id -> layerName.startsWith(RecordLayers.ISSUE_PREFIX))
                .ifPresent(id -> identifiedIssue.set(id.toString()));
    }

    /** The pin of the identified issue, so every map can highlight the same selection. */
    public Optional<Feature> identifiedIssueFeature() {
        String id = identifiedIssue.get();
        if (id == null) {
            return Optional.empty();
        }
        return recordLayers.stream()
                .filter(entry -> entry.role() == LayerRole.ISSUES)
                .flatMap(entry -> ((FeatureLayer) entry.mapLayer().layer()).features().stream())
                .filter(feature -> id.equals(feature.attributes().get(RecordLayers.RECORD_ID)))
                .findFirst();
    }

    public ObservableList<LayerEntry> fileLayers() {
        return fileLayers;
    }

    /** The entry selected in the layer list; the view binds it. */
    public ObjectProperty<LayerEntry> selectedLayerProperty() {
        return selectedLayer;
    }

    public ObservableList<MapLayer> mapLayers() {
        return mapLayers;
    }

    public BooleanProperty statusShownProperty(IssueStatus status) {
        return statusShown.get(status);
    }

    public BooleanProperty statusShownProperty(String statusCode) {
        return statusShown.get(IssueStatus.fromCode(statusCode).orElseThrow());
    }

    /** The status codes in flow order, for the filter check boxes. */
    public List<String> statusCodes() {
        return java.util.Arrays.stream(IssueStatus.values()).map(IssueStatus::code).toList();
    }

    /** The search result the worker picked; the map zooms to it. */
    public ObjectProperty<MapHit> chosenHitProperty() {
        return chosenHit;
    }

    static Message describe(MapHit hit) {
        return new Message(hit.kind() == MapHit.Kind.HOUSEHOLD ? "map.search.hit.household" : "map.search.hit.issue",
                hit.label());
    }

    public BooleanProperty householdsShownProperty() {
        return householdsShown;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<MapHit> searchResults() {
        return searchResults;
    }

    public ObservableList<Message> details() {
        return details;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    /** A box the map should show; the view zooms and leaves the value as it is. */
    public ObjectProperty<Envelope> zoomRequestProperty() {
        return zoomRequest;
    }

    /** The issue the worker clicked or found on the map, so the 事件 workspace selects the same one. */
    public ObjectProperty<String> identifiedIssueProperty() {
        return identifiedIssue;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
