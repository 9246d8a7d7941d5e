package org.griddesk.map.layer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.griddesk.map.MapDataException;
import org.griddesk.map.MapErrorCode;
import org.griddesk.map.crs.Crs;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads every feature table of a GeoPackage into memory and opens its tile tables for lazy
 * reading. The GeoPackage stays open only when it has tile tables.
 */
final class GeoPackageLayerReader {

    /** GeoPackage's reserved "undefined geographic" SRS: lon/lat of unknown datum, read as WGS84. */
    private static final long UNDEFINED_GEOGRAPHIC = 0;

    private GeoPackageLayerReader() {
    }

    static LayerSource read(Path path, ReadOptions options) {
        GeoPackage gpkg = open(path);
        try {
            List<Layer> layers = new ArrayList<>();
            for (String table : gpkg.getFeatureTables()) {
                layers.add(readFeatures(gpkg.getFeatureDao(table), options));
            }
            for (String table : gpkg.getTileTables()) {
                layers.add(GeoPackageTiles.layer(gpkg.getTileDao(table)));
            }
            List<AutoCloseable> resources = gpkg.getTileTables().isEmpty() ? List.of() : List.of(gpkg::close);
            if (resources.isEmpty()) {
                gpkg.close();
            }
            return new LayerSource(path, layers, resources);
        } catch (MapDataException e) {
            gpkg.close();
            throw e;
        } catch (RuntimeException e) {
            gpkg.close();
            throw SqliteFiles.corrupt(path, e);
        }
    }

    private static GeoPackage open(Path path) {
        try {
            return GeoPackageManager.open(path.toFile(), false);
        } catch (RuntimeException e) {
            throw SqliteFiles.corrupt(path, e);
        }
    }

    private static FeatureLayer readFeatures(FeatureDao dao, ReadOptions options) {
        SourceCoordinates source = CrsNames.withOptions(sourceOf(dao.getSrs()), options);
        List<Feature> features = new ArrayList<>();
        WKBReader wkb = new WKBReader();
        FeatureResultSet rows = dao.queryForAll();
        try {
            for (FeatureRow row : rows) {
                GeoPackageGeometryData data = row.getGeometry();
                if (data == null || data.getGeometry() == null) {
                    continue;
                }
                Geometry g = wkb.read(data.getWkb());
                features.add(new Feature(row.getId(), source.toWgs84(g), attributes(row, dao)));
            }
        } catch (ParseException | java.io.IOException e) {
            throw new MapDataException(MapErrorCode.CORRUPT_FILE, "invalid geometry in table " + dao.getTableName(), e);
        } finally {
            rows.close();
        }
        String identifier = dao.getContents().getIdentifier();
        String title = identifier == null || identifier.isBlank() ? dao.getTableName() : identifier;
        return new FeatureLayer(dao.getTableName(), title, source.crs(), source.gcj02(), features);
    }

    private static Map<String, Object> attributes(FeatureRow row, FeatureDao dao) {
        Map<String, Object> values = new LinkedHashMap<>();
        String geometryColumn = dao.getGeometryColumnName();
        String idColumn = dao.getPkColumnName();
        String[] names = row.getColumnNames();
        for (int i = 0; i < names.length; i++) {
            if (!names[i].equals(geometryColumn) && !names[i].equals(idColumn)) {
                values.put(names[i], row.getValue(i));
            }
        }
        return values;
    }

    static SourceCoordinates sourceOf(SpatialReferenceSystem srs) {
        String name = srs.getSrsName() == null ? "" : srs.getSrsName();
        if (name.toUpperCase(Locale.ROOT).contains("GCJ")) {
            return SourceCoordinates.GCJ02;
        }
        if (srs.getSrsId() == UNDEFINED_GEOGRAPHIC) {
            return SourceCoordinates.WGS84;
        }
        String organization = srs.getOrganization() == null ? "" : srs.getOrganization();
        if (organization.equalsIgnoreCase("EPSG") && srs.getOrganizationCoordsysId() > 0) {
            return SourceCoordinates.of(Crs.epsg((int) srs.getOrganizationCoordsysId()));
        }
        throw new MapDataException(MapErrorCode.UNKNOWN_CRS,
                "coordinate system " + organization + ":" + srs.getOrganizationCoordsysId() + " (" + name + ") is not supported");
    }
}
