package org.griddesk.desktop.ui.common;

/** 长辈版 and zoom kept outside the encrypted store, so the unlock screen already shows them. */
public interface DisplayStore {

    DisplayChoice read();

    void write(DisplayChoice choice);

    /** A store that forgets: for windows that have no data folder of their own (tests of single screens). */
    static DisplayStore inMemory() {
        return new DisplayStore() {
            private volatile DisplayChoice kept = DisplayChoice.NORMAL;

            @Override
            public DisplayChoice read() {
                return kept;
            }

            @Override
            public void write(DisplayChoice choice) {
                kept = choice;
            }
        };
    }
}
