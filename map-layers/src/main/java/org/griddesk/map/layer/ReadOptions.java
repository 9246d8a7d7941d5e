package org.griddesk.map.layer;

/**
 * What the caller knows that the file may not say: exports from Chinese web maps are often GCJ-02
 * without any marking, so the import dialog lets the worker declare it.
 */
public record ReadOptions(boolean assumeGcj02) {

    public static final ReadOptions DEFAULT = new ReadOptions(false);

    public static ReadOptions gcj02() {
        return new ReadOptions(true);
    }
}
