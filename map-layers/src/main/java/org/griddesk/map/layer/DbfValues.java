package org.griddesk.map.layer;

import java.math.BigDecimal;

import org.h2.value.Value;

/** Turns h2gis's DBF cell values into plain Java values: text, whole numbers as Long, others as Double. */
final class DbfValues {

    private DbfValues() {
    }

    static Object toJava(Value v) {
        if (v == null || v.getValueType() == Value.NULL) {
            return null;
        }
        return switch (v.getValueType()) {
            case Value.BOOLEAN -> v.getBoolean();
            case Value.TINYINT, Value.SMALLINT, Value.INTEGER, Value.BIGINT -> v.getLong();
            case Value.REAL, Value.DOUBLE -> v.getDouble();
            case Value.NUMERIC, Value.DECFLOAT -> number(v.getBigDecimal());
            default -> v.getString().trim();
        };
    }

    private static Object number(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() <= 0 ? (Object) d.longValue() : (Object) d.doubleValue();
    }
}
