package org.griddesk.desktop.service.applications;

import java.math.BigInteger;
import java.util.Comparator;

/** Form versions compare by their numbers ("2026.10" after "2026.9"), as XLSForm versions are usually dates. */
final class Versions {

    static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    static int compare(String a, String b) {
        String[] left = a.split("\\D+");
        String[] right = b.split("\\D+");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = number(left[i]).compareTo(number(right[i]));
            if (order != 0) {
                return order;
            }
        }
        int order = Integer.compare(left.length, right.length);
        return order != 0 ? order : a.compareTo(b);
    }

    private static BigInteger number(String digits) {
        return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits);
    }
}
