package org.griddesk.desktop.service.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.issues.Issue;
import org.griddesk.desktop.service.issues.IssueService;
import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.desktop.service.issues.RecordsOfType;
import org.griddesk.map.MapDataException;
import org.griddesk.map.demo.DemoStyles;
import org.griddesk.map.layer.Layer;
import org.griddesk.map.layer.LayerReader;
import org.griddesk.map.layer.LayerSource;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.RecordType;
import org.griddesk.sync.record.SyncRecord;

/**
 * What the map shows: the base map (the configured one, or the generated demo village), layers the worker adds,
 * household points and issue pins. Opened files stay open while shown, because tile layers read lazily.
 */
public final class MapService implements AutoCloseable {

    private final BaseMaps baseMaps;
    private volatile Optional<Path> configuredBaseMap;
    private final RecordsOfType records;
    private final IssueService issues;
    private final LayerMemory memory;
    private final Map<Path, LayerSource> openSources = new LinkedHashMap<>();

    public MapService(BaseMaps baseMaps, Optional<Path> configuredBaseMap, RecordsOfType records, IssueService issues) {
        this(baseMaps, configuredBaseMap, records, issues, LayerMemory.inMemory());
    }

    public MapService(BaseMaps baseMaps, Optional<Path> configuredBaseMap, RecordsOfType records, IssueService issues,
                      LayerMemory memory) {
        this.baseMaps = baseMaps;
        this.configuredBaseMap = configuredBaseMap;
        this.records = records;
        this.issues = issues;
        this.memory = memory;
    }

    /** Slow on the first start (the demo village is generated): call it from background work. */
    public List<ShownLayer> baseLayers() {
        Path file = configuredBaseMap.orElseGet(baseMaps::demoVillage);
        return open(file, LayerRole.BASE);
    }

    /**
     * Makes a file the base map of this device: it is read first (a file the app cannot use is refused with its
     * reason and the base map stays as it was), then remembered for the next unlock. The previous base map's file
     * stays open until the service closes, since the frame being drawn may still read its tiles.
     */
    public List<ShownLayer> chooseBaseMap(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<ShownLayer> base = open(absolute, LayerRole.BASE);
        memory.rememberBaseMap(absolute);
        configuredBaseMap = Optional.of(absolute);
        return base;
    }

    /** The base map file chosen for this device, empty while the demo village is shown. */
    public Optional<Path> chosenBaseMap() {
        return configuredBaseMap;
    }

    /**
     * Reads a .gpkg, .geojson, .shp or .mbtiles file and remembers it for the next unlock; a file the app cannot
     * use is refused and nothing changes.
     */
    public List<ShownLayer> addLayer(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        synchronized (openSources) {
            if (openSources.containsKey(absolute)) {
                return List.of();
            }
        }
        List<ShownLayer> added = open(absolute, LayerRole.USER);
        memory.remember(absolute);
        return added;
    }

    /** The files added in earlier sessions; one that has gone missing or broke meanwhile is left out. */
    public List<ShownLayer> rememberedLayers() {
        List<ShownLayer> shown = new ArrayList<>();
        for (Path file : memory.files()) {
            try {
                shown.addAll(open(file, LayerRole.USER));
            } catch (MapLayerRefusedException gone) {
                // Kept in memory: the file may be on a USB stick that is plugged in again later.
            }
        }
        return shown;
    }

    /** Takes an added file off the map for good. */
    public void removeLayer(Path file) {
        memory.forget(file);
        LayerSource source;
        synchronized (openSources) {
            source = openSources.remove(file);
        }
        if (source != null) {
            source.close();
        }
    }

    private List<ShownLayer> open(Path file, LayerRole role) {
        LayerSource source;
        try {
            source = LayerReader.open(file);
        } catch (MapDataException refused) {
            throw new MapLayerRefusedException(refused);
        }
        synchronized (openSources) {
            LayerSource previous = openSources.put(file, source);
            if (previous != null) {
                previous.close();
            }
        }
        boolean demo = BaseMaps.isDemo(file);
        List<ShownLayer> shown = new ArrayList<>();
        for (Layer layer : source.layers()) {
            LayerStyle style = demo ? DemoStyles.forLayer(layer.name()) : LayerStyle.defaults();
            shown.add(new ShownLayer(layer, style, role, file));
        }
        return shown;
    }

    public ShownLayer householdPoints() {
        return RecordLayers.households(households());
    }

    public List<ShownLayer> issuePins(Collection<IssueStatus> shown) {
        return RecordLayers.issuePins(issues.list(), shown);
    }

    /** Households whose address and issues whose title contain the text; only those with a location. */
    public List<MapHit> search(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<MapHit> hits = new ArrayList<>();
        for (SyncRecord household : households()) {
            Object address = household.field(HouseholdFields.ADDRESS);
            Optional<Location> location = Location.fromWire(household.field(HouseholdFields.LOCATION));
            if (address != null && location.isPresent() && address.toString().toLowerCase(Locale.ROOT).contains(wanted)) {
                hits.add(new MapHit(MapHit.Kind.HOUSEHOLD, household.id(), address.toString(), location.get()));
            }
        }
        for (Issue issue : issues.list()) {
            if (issue.location() != null && issue.title().toLowerCase(Locale.ROOT).contains(wanted)) {
                hits.add(new MapHit(MapHit.Kind.ISSUE, issue.id(), issue.title(), issue.location()));
            }
        }
        return hits;
    }

    /** Households with a location, as places an issue can be logged at. */
    public List<MapHit> householdPlaces() {
        List<MapHit> places = new ArrayList<>();
        for (SyncRecord household : households()) {
            Location.fromWire(household.field(HouseholdFields.LOCATION)).ifPresent(location -> places.add(
                    new MapHit(MapHit.Kind.HOUSEHOLD, household.id(),
                            String.valueOf(household.field(HouseholdFields.ADDRESS)), location)));
        }
        return places;
    }

    public Optional<SyncRecord> household(String id) {
        return households().stream().filter(household -> household.id().equals(id)).findFirst();
    }

    private List<SyncRecord> households() {
        return records.localViews(RecordType.HOUSEHOLD.wireName()).stream().filter(r -> !r.deleted()).toList();
    }

    @Override
    public void close() {
        synchronized (openSources) {
            openSources.values().forEach(LayerSource::close);
            openSources.clear();
        }
    }
}
