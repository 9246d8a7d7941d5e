package org.griddesk.sync.record;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Brings field values into one canonical form so that equality is about the value, not about how JSON
 * happened to be parsed: 1, 1L and 1.0 are the same number; maps are compared by content, not order.
 */
public final class FieldValues {

    private FieldValues() {
    }

    public static Object normalize(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return normalizeNumber(number);
        }
        if (value instanceof Map<?, ?> map) {
            return normalizeMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(normalize(element)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Character || value instanceof Enum<?>) {
            return value.toString();
        }
        throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }

    /** A copy of the map with every value normalised; null values are kept because they are meaningful. */
    public static Map<String, Object> normalizeMap(Map<?, ?> map) {
        Map<String, Object> copy = new TreeMap<>();
        map.forEach((key, element) -> copy.put(String.valueOf(key), normalize(element)));
        return Collections.unmodifiableMap(copy);
    }

    public static boolean same(Object a, Object b) {
        return Objects.equals(normalize(a), normalize(b));
    }

    private static Object normalizeNumber(Number number) {
        BigDecimal decimal = toBigDecimal(number).stripTrailingZeros();
        if (decimal.scale() <= 0) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException tooBig) {
                return decimal.doubleValue();
            }
        }
        return decimal.doubleValue();
    }

    private static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("Not a JSON number: " + d);
            }
            return new BigDecimal(Double.toString(d));
        }
        return BigDecimal.valueOf(number.longValue());
    }
}
