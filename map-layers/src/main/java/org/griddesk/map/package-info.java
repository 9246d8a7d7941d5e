/**
 * GridDesk offline maps. Everything here is plain Java except {@code org.griddesk.map.fx}, the only
 * package allowed to use JavaFX. Refused files and coordinate systems raise
 * {@link org.griddesk.map.MapDataException} with a stable {@link org.griddesk.map.MapErrorCode}.
 */
package org.griddesk.map;
