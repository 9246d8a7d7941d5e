/**
 * Coordinate systems: WGS84/CGCS2000 longitude-latitude, Web Mercator, the CGCS2000 Gauss–Krüger
 * zones (through proj4j) and GCJ-02, which is only ever converted away from, never stored.
 */
package org.griddesk.map.crs;
