package org.griddesk.map.layer;

import mil.nga.geopackage.srs.SpatialReferenceSystem;
import org.griddesk.map.crs.Crs;

/** The EPSG:4490 entry GeoPackage lacks by default; inserted by its OGC WKT before first use. */
final class Cgcs2000Srs {

    static final String WKT = "GEOGCS[\"China Geodetic Coordinate System 2000\","
            + "DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],"
            + "AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4490\"]]";

    private Cgcs2000Srs() {
    }

    static SpatialReferenceSystem create() {
        SpatialReferenceSystem srs = new SpatialReferenceSystem();
        srs.setSrsName("China Geodetic Coordinate System 2000");
        srs.setSrsId(Crs.CGCS2000_CODE);
        srs.setOrganization("EPSG");
        srs.setOrganizationCoordsysId(Crs.CGCS2000_CODE);
        srs.setDefinition(WKT);
        srs.setDescription("CGCS2000 geographic 2D (China's national datum)");
        return srs;
    }
}
