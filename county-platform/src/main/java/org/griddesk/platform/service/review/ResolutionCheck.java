package org.griddesk.platform.service.review;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.model.validation.Messages;
import org.griddesk.model.validation.RecordValidator;
import org.griddesk.platform.service.InvalidInputException;
import org.griddesk.platform.service.OutOfScopeException;
import org.griddesk.platform.service.Session;
import org.griddesk.sync.merge.ServerRecord;

/**
 * A value a supervisor types to resolve a conflict is checked like any pushed value (field-model's rules), and a
 * resolution may not move the record out of the supervisor's grids.
 */
final class ResolutionCheck {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RecordValidator validator;
    private final Messages messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);

    ResolutionCheck(Clock clock) {
        this.validator = new RecordValidator(DivisionTable.bundled(), clock.withZone(CHINA));
    }

    void check(Session session, ServerRecord current, Map<String, Object> set, boolean deleted) {
        Map<String, Object> fields = new TreeMap<>(current.fields());
        fields.putAll(set);
        Object grid = fields.get("grid");
        if (!ReviewScope.covers(session, grid == null ? null : grid.toString())) {
            throw new OutOfScopeException("The resolution would move the record out of your grids");
        }
        Optional<RecordType> type = RecordType.fromWireName(current.type());
        if (type.isEmpty()) {
            return;
        }
        List<FieldProblem> problems = validator.validate(new FieldRecord(type.get(), current.id(), fields,
                current.rev(), deleted));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(messages.describe(type.get(), problems));
        }
    }
}
