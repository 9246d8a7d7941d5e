package org.griddesk.sync.server;

import java.util.List;
import org.griddesk.sync.merge.ServerRecord;

/** Whether a caller may read and write a record (the platform checks the record's grid). */
@FunctionalInterface
public interface ScopeCheck {

    ScopeCheck EVERYTHING = (caller, record) -> true;

    boolean allows(Caller caller, ServerRecord record);

    /**
     * The grid codes (or code prefixes) a caller may hold, announced with every changes page so that a device
     * drops what it is no longer entitled to even when those records never change again; null announces nothing.
     */
    default List<String> announcedGrids(Caller caller) {
        return null;
    }
}
