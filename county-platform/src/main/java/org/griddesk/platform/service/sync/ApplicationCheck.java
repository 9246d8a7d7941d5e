package org.griddesk.platform.service.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.griddesk.model.forms.AnswerProblem;
import org.griddesk.model.forms.ParsedForm;
import org.griddesk.model.record.RecordType;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.ChangeValidator;
import org.griddesk.sync.server.ChangeVerdict;
import org.griddesk.sync.wire.ErrorCodes;

/**
 * The push rules of applications and service ratings, in front of the platform's other checks. An application's
 * {@code answers} (the one nested field) are validated by JavaRosa against the template version it names: a draft
 * only for answers of the wrong type, any other status completely. Devices only create drafts or submitted
 * applications and only move draft to submitted; decisions are the platform's. A rating is final once made. The
 * rest of the record goes on to {@code next} without {@code answers}, which field-model's flat-field rules do not
 * take.
 */
final class ApplicationCheck implements ChangeValidator {
    static final String ANSWERS = "answers";
    static final String DRAFT = "draft";
    static final String SUBMITTED = "submitted";
    private static final Set<String> DEVICE_STATUSES = Set.of(DRAFT, SUBMITTED);
    /** A draft is submitted; one returned or missing materials is submitted again once the worker has fixed it. */
    private static final Set<Object> SENT_AGAIN_FROM = Set.of(DRAFT, "returned", "needs_materials");

    private final ChangeValidator next;
    private final BiFunction<String, String, Optional<ParsedForm>> templates;

    /** {@code templates} gives the parsed form of a published (formId, version). */
    ApplicationCheck(ChangeValidator next, BiFunction<String, String, Optional<ParsedForm>> templates) {
        this.next = next;
        this.templates = templates;
    }

    @Override
    public ChangeVerdict judge(Caller caller, ServerRecord current, ServerRecord proposed) {
        if (RecordType.SERVICE_RATING.wireName().equals(proposed.type()) && current != null
                && (proposed.deleted() || !proposed.fields().equals(current.fields()))) {
            return ChangeVerdict.reject(ApplicationCodes.RATING_FINAL, "好差评一经提交不能修改或删除");
        }
        if (!RecordType.APPLICATION.wireName().equals(proposed.type())) {
            return next.judge(caller, current, proposed);
        }
        Optional<ChangeVerdict> refusal = statusRefusal(current, proposed);
        if (refusal.isEmpty() && !proposed.deleted()) {
            refusal = answersRefusal(proposed);
        }
        return refusal.orElseGet(() -> next.judge(caller, current, withoutAnswers(proposed)));
    }

    private static Optional<ChangeVerdict> statusRefusal(ServerRecord current, ServerRecord proposed) {
        Object before = current == null || current.deleted() ? null : current.fields().get("status");
        Object after = proposed.fields().get("status");
        if (proposed.deleted()) {
            return before == null || DRAFT.equals(before) ? Optional.empty()
                    : refuse("只能删除草稿状态的申请；已提交的申请由平台处理");
        }
        if (!(after instanceof String status) || status.isBlank()) {
            return Optional.of(ChangeVerdict.reject(ErrorCodes.INVALID_FIELD, "status：申请必须有状态"));
        }
        if (Objects.equals(before, after)) {
            return Optional.empty();
        }
        boolean allowed = before == null ? DEVICE_STATUSES.contains(status)
                : SUBMITTED.equals(status) && SENT_AGAIN_FROM.contains(before);
        return allowed ? Optional.empty() : refuse("设备只能把申请从草稿（draft）改为已提交（submitted），不能从“"
                + (before == null ? "无" : before) + "”改为“" + status + "”；受理、批准、驳回由平台作出");
    }

    private static Optional<ChangeVerdict> refuse(String message) {
        return Optional.of(ChangeVerdict.reject(ApplicationCodes.STATUS_NOT_ALLOWED, message));
    }

    private Optional<ChangeVerdict> answersRefusal(ServerRecord proposed) {
        Map<String, Object> fields = proposed.fields();
        if (!(fields.get("templateId") instanceof String formId) || formId.isBlank()
                || !(fields.get("templateVersion") instanceof String version) || version.isBlank()) {
            return Optional.of(ChangeVerdict.reject(ErrorCodes.INVALID_FIELD,
                    "templateId、templateVersion：申请必须注明模板编号和版本"));
        }
        Optional<ParsedForm> form = templates.apply(formId, version);
        if (form.isEmpty()) {
            return Optional.of(ChangeVerdict.reject(ApplicationCodes.UNKNOWN_TEMPLATE,
                    "平台没有发布模板 " + formId + " 的版本 " + version));
        }
        Object answers = fields.get(ANSWERS);
        if (answers != null && !(answers instanceof Map<?, ?>)) {
            return Optional.of(ChangeVerdict.reject(ErrorCodes.INVALID_FIELD, "answers：回答应为 JSON 对象"));
        }
        Map<String, Object> byQuestion = new LinkedHashMap<>();
        if (answers instanceof Map<?, ?> map) {
            map.forEach((key, value) -> byQuestion.put(String.valueOf(key), value));
        }
        List<AnswerProblem> problems = form.get().validate(byQuestion, !DRAFT.equals(fields.get("status")));
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ChangeVerdict.reject(ErrorCodes.INVALID_FIELD,
                problems.stream().map(AnswerProblem::message).collect(Collectors.joining("；"))));
    }

    private static ServerRecord withoutAnswers(ServerRecord record) {
        if (!record.fields().containsKey(ANSWERS)) {
            return record;
        }
        Map<String, Object> fields = new LinkedHashMap<>(record.fields());
        fields.remove(ANSWERS);
        return new ServerRecord(record.type(), record.id(), record.rev(), fields, record.deleted(), record.stamps());
    }
}
