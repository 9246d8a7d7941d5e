package org.griddesk.platform.service.sync;

import java.util.List;
import java.util.Optional;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.model.validation.Messages;
import org.griddesk.model.validation.RecordValidator;
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
        List<FieldProblem> problems = fields.validate(new FieldRecord(type.get(), proposed.id(),
                proposed.fields(), proposed.rev(), proposed.deleted()));
        if (!problems.isEmpty()) {
            return ChangeVerdict.reject(ErrorCodes.INVALID_FIELD, messages.describe(type.get(), problems));
        }
        return duplicates.check(current, proposed);
    }
}
