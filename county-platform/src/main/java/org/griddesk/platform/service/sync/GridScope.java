package org.griddesk.platform.service.sync;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
    private static final Pattern GRID_CODE = Pattern.compile("\\d{12}");
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}|\\d{9}");

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
        boolean gridsOnly = !scopes.isEmpty() && scopes.stream().allMatch(scope -> GRID_CODE.matcher(scope).matches());
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
        if (!(grid instanceof String code) || !GRID_CODE.matcher(code).matches()) {
            return false;
        }
        return scopes.stream().anyMatch(scope -> code.equals(scope)
                || (scope.length() < code.length() && DIVISION_CODE.matcher(scope).matches() && code.startsWith(scope)));
    }
}
