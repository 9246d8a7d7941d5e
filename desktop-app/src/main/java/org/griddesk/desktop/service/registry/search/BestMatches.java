package org.griddesk.desktop.service.registry.search;

/** The best match kind seen so far for each slot during one query, and the slots that matched at all. */
final class BestMatches {

    private static final MatchKind[] KINDS = MatchKind.values();

    /** 0 = no match yet, otherwise kind ordinal + 1: a byte per resident keeps a query's scratch small. */
    private final byte[] best;
    private final IntList matched = new IntList();

    BestMatches(int slotCount) {
        this.best = new byte[slotCount];
    }

    void offer(int slot, MatchKind kind) {
        int current = best[slot];
        if (current == 0) {
            matched.add(slot);
            best[slot] = (byte) (kind.ordinal() + 1);
        } else if (kind.ordinal() + 1 < current) {
            best[slot] = (byte) (kind.ordinal() + 1);
        }
    }

    MatchKind kindOf(int slot) {
        return KINDS[best[slot] - 1];
    }

    int count() {
        return matched.size();
    }

    IntList slots() {
        return matched;
    }
}
