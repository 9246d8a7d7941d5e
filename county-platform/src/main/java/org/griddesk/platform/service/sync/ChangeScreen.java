package org.griddesk.platform.service.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.griddesk.sync.merge.ResultStatus;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.ErrorDetail;

/**
 * Turns away, before the sync core sees them, changes PostgreSQL cannot store at all (a NUL character
 * anywhere, an overlong id). Inside the push transaction such a change would abort the whole batch,
 * and the device would resend that batch forever; here it is rejected alone like any invalid change.
 * The screen depends only on the request, so a replayed batch is screened the same way.
 */
final class ChangeScreen {
    static final int MAX_ID_LENGTH = 200;

    Optional<String> problem(Change change) {
        if (change.id() != null && change.id().length() > MAX_ID_LENGTH) {
            return Optional.of("记录编号过长（最多 " + MAX_ID_LENGTH + " 个字符）");
        }
        if (hasNul(change.type()) || hasNul(change.id()) || hasNul(change.hlc()) || hasNul(change.set())) {
            return Optional.of("内容含有无法保存的空字符（\\u0000），请删除后重新填写");
        }
        return Optional.empty();
    }

    /** The results in request order: the screened-out changes' rejections around the core's answers. */
    List<ChangeResult> interleave(List<Change> all, List<ChangeResult> judged) {
        List<ChangeResult> results = new ArrayList<>(all.size());
        int next = 0;
        for (Change change : all) {
            Optional<String> problem = problem(change);
            results.add(problem.isPresent() ? rejected(change, problem.get()) : judged.get(next++));
        }
        return results;
    }

    private static ChangeResult rejected(Change change, String message) {
        return new ChangeResult(change.id(), ResultStatus.REJECTED.wireName(), 0, null, List.of(),
                new ErrorDetail(ErrorCodes.INVALID_CHANGE, message));
    }

    private static boolean hasNul(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\0') >= 0;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(entry -> hasNul(entry.getKey()) || hasNul(entry.getValue()));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(ChangeScreen::hasNul);
        }
        return false;
    }
}
