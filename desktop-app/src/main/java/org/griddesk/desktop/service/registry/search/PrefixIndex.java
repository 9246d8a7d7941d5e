package org.griddesk.desktop.service.registry.search;

import java.util.Collection;
import java.util.TreeMap;

/** Sorted keys (pinyin spellings) to slots, so that everything starting with what was typed is one range. */
final class PrefixIndex {

    private final TreeMap<String, IntList> keys = new TreeMap<>();

    void add(int slot, Collection<String> slotKeys) {
        slotKeys.forEach(key -> keys.computeIfAbsent(key, k -> new IntList()).add(slot));
    }

    Collection<IntList> startingWith(String prefix) {
        return keys.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values();
    }

    void trim() {
        keys.values().forEach(IntList::trim);
    }

    void clear() {
        keys.clear();
    }
}
