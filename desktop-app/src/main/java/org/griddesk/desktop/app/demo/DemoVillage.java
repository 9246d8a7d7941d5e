package org.griddesk.desktop.app.demo;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.griddesk.map.demo.DemoVillageGenerator;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.map.layer.GeoJsonLayerWriter;
import org.locationtech.jts.geom.Point;

/**
 * The fictitious village that demo mode shows, read from the same generator that draws the demo map, so that the
 * platform's grids, the map's grid cells and the registry's homes are one and the same place.
 */
final class DemoVillage {

    /** A home of the demo registry: a residential building of the demo map and the grid it stands in. */
    record HomeSite(String grid, String address, String houseNo, double lon, double lat) {
    }

    private static final String GRID_LAYER = "grid_cells";
    private static final String BUILDING_LAYER = "buildings";
    private static final String RESIDENTIAL = "住宅";

    private final FeatureLayer grids;
    private final FeatureLayer buildings;

    private DemoVillage(List<FeatureLayer> layers) {
        this.grids = layer(layers, GRID_LAYER);
        this.buildings = layer(layers, BUILDING_LAYER);
    }

    /** Generated once: the seeds, the accounts and the platform set-up all ask for it. */
    static DemoVillage standard() {
        return Standard.VILLAGE;
    }

    private static final class Standard {
        static final DemoVillage VILLAGE =
                new DemoVillage(new DemoVillageGenerator(DemoVillageGenerator.DEFAULT_SEED).layers());
    }

    /** The grid codes in map order: 幸福村第一网格 first. */
    List<String> gridCodes() {
        return grids.features().stream().map(cell -> String.valueOf(cell.attributes().get("code"))).toList();
    }

    /** The grid cells as a GeoJSON FeatureCollection with {@code code} and {@code name}: what {@code grid import} reads. */
    void writeGrids(Path file) {
        GeoJsonLayerWriter.write(grids, file);
    }

    /**
     * The demo grids as the demo platform publishes them (grid records: code, name, boundary), so a fresh demo store
     * knows its grids by name and where they lie before its first sync; the pull then replaces them with the
     * platform's own, which have the same ids.
     */
    List<org.griddesk.sync.record.SyncRecord> gridRecords() {
        org.locationtech.jts.io.geojson.GeoJsonWriter geoJson = new org.locationtech.jts.io.geojson.GeoJsonWriter();
        geoJson.setEncodeCRS(false);
        return grids.features().stream().map(cell -> {
            String code = String.valueOf(cell.attributes().get("code"));
            return new org.griddesk.sync.record.SyncRecord("grid", code, Map.of("grid", code,
                    "name", String.valueOf(cell.attributes().get("name")), "boundary", geoJson.write(cell.geometry())),
                    0, false);
        }).toList();
    }

    /** Residential buildings taken a grid at a time in turn, so that every grid has homes on the map. */
    List<HomeSite> homeSites(int count) {
        Map<String, Deque<Feature>> byGrid = new LinkedHashMap<>();
        gridCodes().forEach(code -> byGrid.put(code, new ArrayDeque<>()));
        for (Feature building : buildings.features()) {
            if (RESIDENTIAL.equals(building.attributes().get("use"))) {
                byGrid.computeIfAbsent(String.valueOf(building.attributes().get("grid")), code -> new ArrayDeque<>())
                        .add(building);
            }
        }
        List<HomeSite> sites = new ArrayList<>();
        while (sites.size() < count && byGrid.values().stream().anyMatch(queue -> !queue.isEmpty())) {
            for (Map.Entry<String, Deque<Feature>> grid : byGrid.entrySet()) {
                Feature building = grid.getValue().poll();
                if (building != null && sites.size() < count) {
                    sites.add(site(grid.getKey(), building));
                }
            }
        }
        if (sites.size() < count) {
            throw new IllegalStateException("the demo village has only " + sites.size() + " homes");
        }
        return sites;
    }

    private static HomeSite site(String grid, Feature building) {
        String name = String.valueOf(building.attributes().get("name")); // 幸福村3组27号
        int group = name.indexOf('组');
        Point centre = building.geometry().getCentroid();
        return new HomeSite(grid, name, name.substring(group + 1), centre.getX(), centre.getY());
    }

    private static FeatureLayer layer(List<FeatureLayer> layers, String name) {
        return layers.stream().filter(layer -> layer.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo map has no layer " + name));
    }
}
