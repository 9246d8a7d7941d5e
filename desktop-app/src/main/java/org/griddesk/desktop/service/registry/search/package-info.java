/**
 * Finding residents as the worker types. {@link org.griddesk.desktop.service.registry.search.ResidentSearch}
 * is an in-memory index filled from the store at unlock ({@code putAll}) and kept current on every saved
 * or synced resident ({@code put}, {@code remove}); its hits carry masked numbers only.
 */
package org.griddesk.desktop.service.registry.search;
