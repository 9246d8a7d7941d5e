package org.griddesk.model.record;

import java.util.List;
import java.util.Map;

/** The value types a field may hold: the JSON subset the sync protocol carries. */
public final class FieldValues {

    private FieldValues() {
    }

    public static boolean isAllowed(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Location) {
            return true;
        }
        if (value instanceof Number n) {
            return !(n instanceof Double d && !Double.isFinite(d)) && !(n instanceof Float f && !Float.isFinite(f));
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(element -> element instanceof String);
        }
        return false;
    }

    /** A {lon, lat} map, as a JSON parser delivers a location, becomes a {@link Location}. */
    static Object requireAllowed(String field, Object value) {
        if (value instanceof Map<?, ?>) {
            return Location.fromWire(value).orElseThrow(() -> new IllegalArgumentException(
                    "field " + field + " holds a map that is not a valid {lon, lat} location"));
        }
        if (!isAllowed(value)) {
            throw new IllegalArgumentException("field " + field + " holds a "
                    + value.getClass().getSimpleName() + "; allowed are String, Number, Boolean, null, "
                    + "List<String> and Location");
        }
        return FieldRecord.immutableValue(value);
    }
}
