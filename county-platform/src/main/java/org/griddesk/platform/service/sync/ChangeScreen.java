package org.griddesk.platform.service.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.merge.ResultStatus;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.ErrorDetail;

/**
 * Turns away, before the sync core sees them, changes that cannot be stored at all: a record id that is not a
 * UUID, a field name that is not a protocol name, a value of a shape or size no field holds (see
 * {@link FieldShapes}), a NUL character PostgreSQL refuses. Inside the push transaction such a change could abort
 * the whole batch, or a value nested a thousand deep overflow the stack; here it is rejected alone like any
 * invalid change. The screen depends only on the request, so a replayed batch is screened the same way.
 */
final class ChangeScreen {
    static final int MAX_ID_LENGTH = 200;
    static final int MAX_FIELDS = 200;
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z_]{0,39}");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final String NUL = "内容含有无法保存的空字符（\\u0000），请删除后重新填写";

    private final FieldShapes shapes = new FieldShapes();

    Optional<ErrorDetail> problem(Change change) {
        if (hasNul(change.type()) || hasNul(change.id()) || hasNul(change.hlc())) {
            return invalid(ErrorCodes.INVALID_CHANGE, NUL);
        }
        if (change.type() == null || !TYPE.matcher(change.type()).matches()) {
            return invalid(ErrorCodes.INVALID_CHANGE, "记录类型无效");
        }
        if (!UuidV7Generator.isUuid(change.id())) {
            return invalid(ErrorCodes.INVALID_FIELD, "记录编号无效：应为 UUID（如 01900000-0000-7000-8000-000000000000）");
        }
        if (change.set().size() > MAX_FIELDS) {
            return invalid(ErrorCodes.INVALID_FIELD, "字段过多（最多 " + MAX_FIELDS + " 个）");
        }
        for (Map.Entry<String, Object> field : change.set().entrySet()) {
            String name = field.getKey();
            if (hasNul(name)) {
                return invalid(ErrorCodes.INVALID_CHANGE, NUL);
            }
            if (name == null || !FIELD_NAME.matcher(name).matches()) {
                return invalid(ErrorCodes.INVALID_FIELD, "字段名无效（字母开头，只含字母、数字和下划线，最多 64 个字符）");
            }
            Optional<String> problem = shapes.problem(change.type(), name, field.getValue());
            if (problem.isPresent()) {
                return invalid(problem.get().equals(NUL) ? ErrorCodes.INVALID_CHANGE : ErrorCodes.INVALID_FIELD,
                        name + "：" + problem.get());
            }
        }
        return Optional.empty();
    }

    /** The results in request order: the screened-out changes' rejections around the core's answers. */
    List<ChangeResult> interleave(List<Change> all, List<ChangeResult> judged) {
        List<ChangeResult> results = new ArrayList<>(all.size());
        int next = 0;
        for (Change change : all) {
            Optional<ErrorDetail> problem = problem(change);
            results.add(problem.isPresent() ? rejected(change, problem.get()) : judged.get(next++));
        }
        return results;
    }

    private static Optional<ErrorDetail> invalid(String code, String message) {
        return Optional.of(new ErrorDetail(code, message));
    }

    private static ChangeResult rejected(Change change, ErrorDetail error) {
        // the device finds its record by the id; an endless one is not echoed
        String id = change.id() != null && change.id().length() <= MAX_ID_LENGTH ? change.id() : null;
        return new ChangeResult(id, ResultStatus.REJECTED.wireName(), 0, null, List.of(), error);
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }
}
