package org.griddesk.desktop.service.map;

/** Where a layer on the map comes from; the screens list base and user layers, the record layers follow data. */
public enum LayerRole {
    BASE, USER, HOUSEHOLDS, ISSUES
}
