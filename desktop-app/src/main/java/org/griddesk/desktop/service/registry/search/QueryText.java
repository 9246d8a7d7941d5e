package org.griddesk.desktop.service.registry.search;

import java.text.Normalizer;
import java.util.Locale;

/** The one normalisation applied to both indexed text and queries, so they always compare alike. */
final class QueryText {

    private QueryText() {
    }

    /** Full-width letters and digits folded (NFKC), spaces dropped ("zhang san"), lower case. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Phone numbers are matched on their digits, whatever hyphens a worker typed or left out. */
    static String digitsOnly(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isPinyin(String query) {
        return !query.isEmpty() && query.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    static boolean isNumberFragment(String query) {
        return !query.isEmpty() && query.chars().allMatch(c -> (c >= '0' && c <= '9') || c == 'x' || c == '-');
    }
}
