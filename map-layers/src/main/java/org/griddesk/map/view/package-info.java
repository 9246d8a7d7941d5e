/** The map's view state (viewport, scale bar) in Web Mercator, free of JavaFX so it is testable and benchmarkable. */
package org.griddesk.map.view;
