package org.griddesk.sync.server;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * When every record the caller may read (or could read before it moved) names one of these whole grid codes,
     * those codes, so that the store can skip the rest of the county before the records reach {@link #allows};
     * empty when the store must hand over every change (a county-wide scope, or no grids at all).
     */
    default Optional<Set<String>> readableGrids(Caller caller) {
        return Optional.empty();
    }
}
