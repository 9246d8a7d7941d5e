package org.griddesk.platform.service.sync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that says which shapes of value a field may hold on the wire, and how big they may be. A value
 * is text, a number, true/false, null, a list of texts or a {@code {lon, lat}} location; a field named in
 * {@link #NESTED} (an application's {@code answers}, a JSON object mirroring a form) may hold objects and lists
 * nested up to {@link #MAX_DEPTH} levels. Nesting is walked without recursion and never past the limit, so a
 * hostile value nested a thousand deep costs nothing and is refused alone.
 */
final class FieldShapes {
    static final int MAX_TEXT_LENGTH = 10_000;
    static final int MAX_LIST_SIZE = 1_000;
    static final int MAX_DEPTH = 16;
    static final int MAX_NESTED_VALUES = 10_000;
    /** {@code type.field} of the fields that may hold nested objects. */
    private static final Set<String> NESTED = Set.of("application.answers");

    /** Why this value cannot be stored in this field, in the grid worker's language; empty when it can. */
    Optional<String> problem(String type, String field, Object value) {
        if (value instanceof Map<?, ?> map && !NESTED.contains(type + "." + field)) {
            return location(map);
        }
        if (value instanceof List<?> list && !NESTED.contains(type + "." + field)) {
            if (list.size() > MAX_LIST_SIZE) {
                return Optional.of("列表过长（最多 " + MAX_LIST_SIZE + " 项）");
            }
            for (Object element : list) {
                if (!(element instanceof String text)) {
                    return Optional.of("列表中只能是文字");
                }
                Optional<String> problem = scalar(text);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        return value instanceof Map<?, ?> || value instanceof List<?> ? nested(value) : scalar(value);
    }

    private static Optional<String> scalar(Object value) {
        if (value == null || value instanceof Boolean) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            if (text.length() > MAX_TEXT_LENGTH) {
                return Optional.of("内容过长（最多 " + MAX_TEXT_LENGTH + " 个字符）");
            }
            return text.indexOf('\0') >= 0
                    ? Optional.of("内容含有无法保存的空字符（\\u0000），请删除后重新填写") : Optional.empty();
        }
        if (value instanceof Number number) {
            return Double.isFinite(number.doubleValue()) ? Optional.empty() : Optional.of("数值超出范围");
        }
        return Optional.of("不支持的值类型");
    }

    /** A map outside {@link #NESTED} can only be a location; its range is checked here, not when stored. */
    private static Optional<String> location(Map<?, ?> map) {
        if (map.size() != 2 || !(map.get("lon") instanceof Number lon) || !(map.get("lat") instanceof Number lat)) {
            return Optional.of("此项不能是嵌套对象（位置应为 {\"lon\": 经度, \"lat\": 纬度}）");
        }
        double x = lon.doubleValue();
        double y = lat.doubleValue();
        if (!Double.isFinite(x) || !Double.isFinite(y) || x < -180 || x > 180 || y < -90 || y > 90) {
            return Optional.of("经纬度超出范围：经度 -180 至 180，纬度 -90 至 90");
        }
        return Optional.empty();
    }

    private static Optional<String> nested(Object root) {
        Deque<Object[]> open = new ArrayDeque<>();
        open.push(new Object[] {root, 1});
        int seen = 0;
        while (!open.isEmpty()) {
            Object[] next = open.pop();
            Object value = next[0];
            int depth = (Integer) next[1];
            if (++seen > MAX_NESTED_VALUES) {
                return Optional.of("内容过多（最多 " + MAX_NESTED_VALUES + " 项）");
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                if (depth > MAX_DEPTH) {
                    return Optional.of("嵌套层数过多（最多 " + MAX_DEPTH + " 层）");
                }
                Iterable<?> children = value instanceof Map<?, ?> map ? map.entrySet() : (List<?>) value;
                for (Object child : children) {
                    if (child instanceof Map.Entry<?, ?> entry) {
                        open.push(new Object[] {entry.getKey(), depth + 1});
                        open.push(new Object[] {entry.getValue(), depth + 1});
                    } else {
                        open.push(new Object[] {child, depth + 1});
                    }
                }
            } else {
                Optional<String> problem = scalar(value);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }
}
