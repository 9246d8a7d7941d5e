package org.griddesk.platform.service;

import java.util.List;

/** An account after {@code user grids}: its session with the new grids, and the grids this change took from it. */
public record GridAssignment(Session account, List<String> taken) {
    public GridAssignment {
        taken = List.copyOf(taken);
    }
}
