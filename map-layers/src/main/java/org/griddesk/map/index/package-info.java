/** Spatial index (JTS STR-tree) for viewport culling and hit-testing, and grid clustering of points. */
package org.griddesk.map.index;
