package org.griddesk.model.code;

/** The five levels of the statistical division code, with the digits each level's code has. */
public enum DivisionLevel {
    PROVINCE(2),
    CITY(4),
    COUNTY(6),
    TOWNSHIP(9),
    VILLAGE(12);

    private final int digits;

    DivisionLevel(int digits) {
        this.digits = digits;
    }

    /** Length of the meaningful prefix of a 12-digit code at this level. */
    public int digits() {
        return digits;
    }

    /** The level of a 12-digit code: the deepest level whose part of the code is not all zeros. */
    static DivisionLevel ofPaddedCode(String code12) {
        DivisionLevel level = PROVINCE;
        for (DivisionLevel candidate : values()) {
            if (candidate != PROVINCE && !isZeros(code12, previous(candidate).digits, candidate.digits)) {
                level = candidate;
            }
        }
        return level;
    }

    private static DivisionLevel previous(DivisionLevel level) {
        return values()[level.ordinal() - 1];
    }

    private static boolean isZeros(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
