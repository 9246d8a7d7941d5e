package org.griddesk.platform.service.sync;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.griddesk.model.code.DigitCodes;
import org.griddesk.model.record.RecordType;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.ScopeCheck;

/**
 * A caller may read and write the records whose {@code grid} lies in one of its scopes. A scope is a
 * whole code: a worker's or supervisor's 12-digit grid codes, or the 6-digit county code for an administrator,
 * which holds every grid whose code begins with it. Form templates carry no grid: every device of the county reads them (they are
 * published with the command line, never written through sync; see {@link PlatformChangeValidator}).
 * The grids taken from an account (its former scopes) only let an edit it pushes to their records be kept for
 * review; they never widen what it reads or writes.
 */
public final class GridScope implements ScopeCheck {
    private static final int GRID_CODE = 12;

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

    /**
     * A worker's or supervisor's whole grid codes; an administrator's county code holds every grid, and no scopes at
     * all leave nothing to filter by.
     */
    @Override
    public Optional<Set<String>> readableGrids(Caller caller) {
        Set<String> scopes = caller.scopes();
        boolean gridsOnly = !scopes.isEmpty() && scopes.stream().allMatch(scope -> DigitCodes.isDigits(scope, GRID_CODE));
        return gridsOnly ? Optional.of(Set.copyOf(scopes)) : Optional.empty();
    }

    /** Devices compare record grids with these prefixes exactly as {@link #allows} does. */
    @Override
    public List<String> announcedGrids(Caller caller) {
        return caller.scopes().stream().sorted().toList();
    }

    /**
     * Whole codes only: a grid is 12 digits and either is one of the scopes or lies in a shorter division code
     * (the county of an administrator). Comparing text prefixes let {@code 500101001001' OR 1=1 --} pass as grid
     * 500101001001.
     */
    private static boolean inOneOf(Set<String> scopes, ServerRecord record) {
        Object grid = record.fields().get("grid");
        if (!(grid instanceof String code) || !DigitCodes.isDigits(code, GRID_CODE)) {
            return false;
        }
        for (String scope : scopes) {
            if (code.equals(scope) || (isDivision(scope) && code.startsWith(scope))) {
                return true;
            }
        }
        return false;
    }

    /** A county (6 digits) or township (9 digits) code, which holds the grids whose codes begin with it. */
    private static boolean isDivision(String scope) {
        return DigitCodes.isDigits(scope, 6) || DigitCodes.isDigits(scope, 9);
    }
}
