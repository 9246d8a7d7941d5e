package org.griddesk.platform.service.sync;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.model.validation.Messages;
import org.griddesk.model.validation.RecordValidator;
import org.griddesk.model.validation.ValidationCode;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.ChangeValidator;
import org.griddesk.sync.server.ChangeVerdict;
import org.griddesk.sync.wire.ErrorCodes;

/**
 * The platform re-checks every merged record with field-model's rules (never trust a client), then the
 * rules across records. A refusal names the wrong fields in Chinese, the grid worker's language.
 */
final class PlatformChangeValidator implements ChangeValidator {
    private final RecordValidator fields;
    private final Messages messages;
    private final DuplicateResidents duplicates;

    PlatformChangeValidator(RecordValidator fields, Messages messages, DuplicateResidents duplicates) {
        this.fields = fields;
        this.messages = messages;
        this.duplicates = duplicates;
    }

    @Override
    public ChangeVerdict judge(Caller caller, ServerRecord current, ServerRecord proposed) {
        Optional<RecordType> type = RecordType.fromWireName(proposed.type());
        if (type.isEmpty()) {
            return ChangeVerdict.reject(ErrorCodes.INVALID_CHANGE, "未知的记录类型：" + proposed.type());
        }
        if (type.get() == RecordType.FORM_TEMPLATE) {
            return ChangeVerdict.reject(ErrorCodes.OUT_OF_SCOPE, "申请表模板只能由县级平台发布，不能从设备上传");
        }
        if (type.get() == RecordType.GRID) {
            return ChangeVerdict.reject(ErrorCodes.OUT_OF_SCOPE, "网格只能由县级平台登记，不能从设备上传");
        }
        List<FieldProblem> problems;
        try {
            FieldRecord record = new FieldRecord(type.get(), proposed.id(), proposed.fields(), proposed.rev(),
                    proposed.deleted());
            problems = fields.validate(record.type(), record.fields());
        } catch (IllegalArgumentException shape) {
            // a value no field of this type may hold (the screen let through a nested value of another field)
            return ChangeVerdict.reject(ErrorCodes.INVALID_FIELD, "记录中有无法保存的值：" + shape.getMessage());
        }
        if (proposed.deleted()) {
            problems = problems.stream().filter(problem -> introducedBy(current, proposed, problem)).toList();
        }
        if (!problems.isEmpty()) {
            return ChangeVerdict.reject(ErrorCodes.INVALID_FIELD, messages.describe(type.get(), problems));
        }
        return duplicates.check(current, proposed);
    }

    /**
     * A delete is checked too, or a tombstone could carry any value at all; but deleting bad data stored before a
     * rule existed must stay possible, so a deleted record answers only for the values the delete itself brings,
     * and a missing value is no reason to refuse it.
     */
    private static boolean introducedBy(ServerRecord current, ServerRecord proposed, FieldProblem problem) {
        if (problem.code() == ValidationCode.REQUIRED) {
            return false;
        }
        if (current == null || current.deleted()) {
            return true;
        }
        return !Objects.equals(current.fields().get(problem.field()), proposed.fields().get(problem.field()));
    }
}
