/**
 * Map layers read from GeoJSON, GeoPackage, MBTiles and shapefiles ({@link org.griddesk.map.layer.LayerReader}),
 * writers for GeoJSON and GeoPackage, and the one-line-per-layer summary of the {@code layers FILE} command.
 * Feature geometries are always held in WGS84 longitude-latitude.
 */
package org.griddesk.map.layer;
