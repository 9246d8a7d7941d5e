package org.griddesk.desktop.service.registry;

import java.util.List;
import java.util.Map;
import org.griddesk.model.record.RecordType;

/** What one change replaced: the earlier values of the fields it set, or that it created the record. */
record UndoStep(List<Previous> records) {

    UndoStep {
        records = List.copyOf(records);
    }

    record Previous(RecordType type, String id, Map<String, Object> values, boolean created) {
    }
}
