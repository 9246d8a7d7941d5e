package org.griddesk.sync.server;

import org.griddesk.sync.merge.ServerRecord;

/** Whether a caller may read and write a record (the platform checks the record's grid). */
@FunctionalInterface
public interface ScopeCheck {

    ScopeCheck EVERYTHING = (caller, record) -> true;

    boolean allows(Caller caller, ServerRecord record);
}
