package org.griddesk.desktop.service.registry;

import java.util.List;
import java.util.Optional;
import org.griddesk.model.validation.FieldProblem;

/** The new household's id, or the problems that kept the split from being written. */
public record SplitOutcome(Optional<String> newHouseholdId, List<FieldProblem> problems) {

    public SplitOutcome {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return newHouseholdId.isPresent();
    }
}
