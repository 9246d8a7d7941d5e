package org.griddesk.sync.session;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Whether every page of one pull announced the same grids (none announced counts as a grid set of its own). */
final class GridsAnnounced {

    private boolean any;
    private boolean changed;
    private Set<String> first;

    void add(List<String> grids) {
        Set<String> these = grids == null ? null : Set.copyOf(grids);
        if (!any) {
            any = true;
            first = these;
        } else if (!Objects.equals(first, these)) {
            changed = true;
        }
    }

    boolean neverChanged() {
        return any && !changed;
    }
}
