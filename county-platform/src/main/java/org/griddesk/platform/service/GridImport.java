package org.griddesk.platform.service;

/** What a grid import did: grids newly registered and grids that were already there. */
public record GridImport(int added, int alreadyPresent) {
}
