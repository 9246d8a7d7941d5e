package org.griddesk.desktop.service.registry;

import java.util.List;
import java.util.Optional;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.validation.FieldProblem;

/** Either the saved record, or the problems per field that kept anything from being written. */
public record SaveOutcome(Optional<FieldRecord> saved, List<FieldProblem> problems) {

    public SaveOutcome {
        problems = List.copyOf(problems);
    }

    static SaveOutcome saved(FieldRecord record) {
        return new SaveOutcome(Optional.of(record), List.of());
    }

    static SaveOutcome refused(List<FieldProblem> problems) {
        return new SaveOutcome(Optional.empty(), problems);
    }

    public boolean ok() {
        return saved.isPresent();
    }

    public FieldRecord record() {
        return saved.orElseThrow(() -> new IllegalStateException("refused: " + problems));
    }
}
