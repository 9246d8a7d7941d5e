package org.griddesk.platform.service.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An issue's {@code timeline} field as the desktop keeps it: a list of JSON texts {@code {at, actor, status, note}},
 * so that the worker's 事件 view shows the dispatch as one more step.
 */
final class IssueTimeline {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IssueTimeline() {
    }

    static List<String> withStep(Object timeline, Instant at, String actor, String status, String note) {
        List<String> steps = new ArrayList<>();
        if (timeline instanceof List<?> existing) {
            existing.forEach(step -> steps.add(String.valueOf(step)));
        }
        Map<String, String> step = new LinkedHashMap<>();
        step.put("at", at.toString());
        step.put("actor", actor);
        step.put("status", status);
        step.put("note", note);
        try {
            steps.add(JSON.writeValueAsString(step));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
        return steps;
    }

    /** In Chinese, the worker's language, as the other timeline notes. */
    static String note(String worker, String department, String deadline, String comment) {
        StringBuilder note = new StringBuilder("派发给");
        if (worker != null) {
            note.append(' ').append(worker);
        }
        if (department != null) {
            note.append(worker == null ? " " : "、").append(department);
        }
        note.append("，期限 ").append(deadline);
        if (comment != null) {
            note.append("。").append(comment);
        }
        return note.toString();
    }
}
