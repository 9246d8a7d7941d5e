/**
 * The JavaFX {@link org.griddesk.map.fx.MapView} control. Drawing lives in
 * {@link org.griddesk.map.fx.MapRenderer}, which paints into any GraphicsContext, on screen or off.
 */
package org.griddesk.map.fx;
