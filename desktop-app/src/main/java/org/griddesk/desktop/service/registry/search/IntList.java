package org.griddesk.desktop.service.registry.search;

import java.util.Arrays;

/** A growable list of primitive ints: a posting list costs 4 bytes per entry instead of a boxed Integer's 16+. */
final class IntList {

    private int[] values = new int[2];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Drops the spare capacity growth left behind; worth it after a bulk load. */
    void trim() {
        if (values.length > size) {
            values = Arrays.copyOf(values, Math.max(size, 1));
        }
    }

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }
}
