package org.griddesk.map.layer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.griddesk.map.crs.Crs;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes feature layers into a new GeoPackage, with coordinates labelled EPSG:4490 (CGCS2000,
 * inserted by WKT) or EPSG:4326. Longitude-latitude values are written unchanged: the two datums
 * agree within centimetres, which is how Chinese national data treats them.
 */
public final class GeoPackageLayerWriter implements AutoCloseable {

    private static final String GEOMETRY_COLUMN = "geom";
    private final GeoPackage gpkg;

    private GeoPackageLayerWriter(GeoPackage gpkg) {
        this.gpkg = gpkg;
    }

    /** Creates a new, empty GeoPackage; refuses to overwrite an existing file. */
    public static GeoPackageLayerWriter create(Path path) {
        if (path.toFile().exists()) {
            throw new IllegalArgumentException(path.getFileName() + " already exists");
        }
        GeoPackageManager.create(path.toFile());
        GeoPackage gpkg = GeoPackageManager.open(path.toFile(), false);
        try {
            gpkg.getSpatialReferenceSystemDao().create(Cgcs2000Srs.create());
        } catch (SQLException | RuntimeException e) {
            gpkg.close();
            throw new IllegalStateException("could not register EPSG:4490 in " + path.getFileName(), e);
        }
        return new GeoPackageLayerWriter(gpkg);
    }

    public void write(FeatureLayer layer, Crs crs) {
        if (crs.epsgCode() != Crs.CGCS2000_CODE && crs.epsgCode() != Crs.WGS84_CODE) {
            throw new IllegalArgumentException("GeoPackages are written in EPSG:4490 or EPSG:4326, not " + crs);
        }
        Map<String, GeoPackageDataType> columns = columnTypes(layer);
        GeometryColumns geometryColumns = new GeometryColumns();
        geometryColumns.setId(new TableColumnKey(layer.name(), GEOMETRY_COLUMN));
        geometryColumns.setGeometryType(geometryType(layer));
        geometryColumns.setZ((byte) 0);
        geometryColumns.setM((byte) 0);
        geometryColumns.setSrsId(crs.epsgCode());
        List<FeatureColumn> extra = new ArrayList<>();
        columns.forEach((name, type) -> extra.add(FeatureColumn.createColumn(name, type)));
        Envelope b = layer.boundsWgs84();
        BoundingBox box = b.isNull() ? null : new BoundingBox(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
        FeatureTableMetadata metadata = FeatureTableMetadata.create(geometryColumns, extra, box);
        gpkg.createFeatureTable(metadata);
        setIdentifier(layer);
        insertRows(layer, crs);
    }

    private void setIdentifier(FeatureLayer layer) {
        try {
            var contents = gpkg.getContentsDao().queryForId(layer.name());
            contents.setIdentifier(layer.title());
            gpkg.getContentsDao().update(contents);
        } catch (SQLException e) {
            throw new IllegalStateException("could not name layer " + layer.name(), e);
        }
    }

    private void insertRows(FeatureLayer layer, Crs crs) {
        FeatureDao dao = gpkg.getFeatureDao(layer.name());
        WKBWriter wkb = new WKBWriter();
        gpkg.beginTransaction();
        boolean done = false;
        try {
            for (Feature f : layer.features()) {
                FeatureRow row = dao.newRow();
                row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(crs.epsgCode(), wkb.write(f.geometry())));
                f.attributes().forEach((k, v) -> row.setValue(k, v));
                dao.insert(row);
            }
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            gpkg.endTransaction(done);
        }
    }

    private static Map<String, GeoPackageDataType> columnTypes(FeatureLayer layer) {
        Map<String, GeoPackageDataType> types = new LinkedHashMap<>();
        for (Feature f : layer.features()) {
            f.attributes().forEach((k, v) -> {
                if (v != null) {
                    types.putIfAbsent(k, typeOf(v));
                }
            });
        }
        return types;
    }

    private static GeoPackageDataType typeOf(Object v) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            return GeoPackageDataType.INTEGER;
        }
        if (v instanceof Number) {
            return GeoPackageDataType.DOUBLE;
        }
        if (v instanceof Boolean) {
            return GeoPackageDataType.BOOLEAN;
        }
        return GeoPackageDataType.TEXT;
    }

    private static GeometryType geometryType(FeatureLayer layer) {
        GeometryType common = null;
        for (Feature f : layer.features()) {
            GeometryType t = GeometryType.findName(f.geometry().getGeometryType().toUpperCase(java.util.Locale.ROOT));
            if (common != null && t != common) {
                return GeometryType.GEOMETRY;
            }
            common = t;
        }
        return common == null ? GeometryType.GEOMETRY : common;
    }

    @Override
    public void close() {
        gpkg.close();
    }
}
