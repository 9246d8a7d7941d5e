package org.griddesk.desktop.service.registry.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from fixed-length substrings (n-grams) to the slots whose text contains them. A
 * query's candidates are the postings of its rarest gram, so only a small part of the residents is
 * ever compared with the query. Postings of removed slots are left behind and skipped by the caller.
 */
final class GramIndex {

    private static final IntList EMPTY = new IntList();

    private final int gramLength;
    private final Map<String, IntList> postings = new HashMap<>();

    GramIndex(int gramLength) {
        this.gramLength = gramLength;
    }

    void add(int slot, String text) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i + gramLength <= text.length(); i++) {
            String gram = text.substring(i, i + gramLength);
            if (seen.add(gram)) {
                postings.computeIfAbsent(gram, g -> new IntList()).add(slot);
            }
        }
    }

    /** True if the query is long enough to be looked up here. */
    boolean accepts(String query) {
        return query.length() >= gramLength;
    }

    /** The slots that may contain the query: a superset, to be verified against the text. */
    IntList candidates(String query) {
        IntList rarest = null;
        for (int i = 0; i + gramLength <= query.length(); i++) {
            IntList list = postings.getOrDefault(query.substring(i, i + gramLength), EMPTY);
            if (rarest == null || list.size() < rarest.size()) {
                rarest = list;
            }
            if (rarest.size() == 0) {
                break;
            }
        }
        return rarest == null ? EMPTY : rarest;
    }

    void trim() {
        postings.values().forEach(IntList::trim);
    }

    void clear() {
        postings.clear();
    }
}
