package org.griddesk.platform.service.sync;

import java.util.List;
import java.util.Set;
import org.griddesk.model.record.RecordType;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.ScopeCheck;

/**
 * A caller may read and write the records whose {@code grid} lies in one of its scopes. A scope is a
 * division code prefix: a worker's or supervisor's 12-digit grid codes, or the 6-digit county code for
 * an administrator. Form templates carry no grid: every device of the county reads them (they are
 * published with the command line, never written through sync; see {@link PlatformChangeValidator}).
 * The grids taken from an account (its former scopes) only let an edit it pushes to their records be kept for
 * review; they never widen what it reads or writes.
 */
public final class GridScope implements ScopeCheck {

    @Override
    public boolean allows(Caller caller, ServerRecord record) {
        if (RecordType.FORM_TEMPLATE.wireName().equals(record.type())) {
            return true;
        }
        return inOneOf(caller.scopes(), record);
    }

    @Override
    public boolean allowedFormerly(Caller caller, ServerRecord record) {
        return inOneOf(caller.formerScopes(), record);
    }

    /** Devices compare record grids with these prefixes exactly as {@link #allows} does. */
    @Override
    public List<String> announcedGrids(Caller caller) {
        return caller.scopes().stream().sorted().toList();
    }

    private static boolean inOneOf(Set<String> scopes, ServerRecord record) {
        Object grid = record.fields().get("grid");
        if (!(grid instanceof String code) || code.isEmpty()) {
            return false;
        }
        return scopes.stream().anyMatch(code::startsWith);
    }
}
