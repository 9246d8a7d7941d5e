package org.griddesk.sync.server;

import java.util.List;
import org.griddesk.sync.merge.ServerRecord;

/** Whether a caller may read and write a record (the platform checks the record's grid). */
@FunctionalInterface
public interface ScopeCheck {

    ScopeCheck EVERYTHING = (caller, record) -> true;

    boolean allows(Caller caller, ServerRecord record);

    /**
     * Whether the caller held the record's scope before it was taken from it (a grid an administrator took from a
     * worker). Only evidence that an edit to a record now outside the caller's scope may be kept for review;
     * never a reason to let the caller read or change the record. Answers from data already on the caller
     * ({@link Caller#formerScopes}), since a push asks about every stored version of such a record.
     */
    default boolean allowedFormerly(Caller caller, ServerRecord record) {
        return false;
    }

    /**
     * The grid codes (or code prefixes) a caller may hold, announced with every changes page so that a device
     * drops what it is no longer entitled to even when those records never change again; null announces nothing.
     */
    default List<String> announcedGrids(Caller caller) {
        return null;
    }
}
