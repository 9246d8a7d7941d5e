package org.griddesk.desktop.ui.applications;

import java.util.List;

/**
 * One place of the form as the screen shows it: a question with its control, a group heading, an entry of a repeat,
 * or the button adding an entry. Translated from JavaRosa's view of the form by {@link FormViewModel}.
 */
public record ShownItem(Type type, String key, int depth, String label, String path, Input input, String hint,
                        boolean required, List<Choice> choices, String value, boolean prefilled,
                        String correctedFrom, int number) {

    public enum Type { QUESTION, GROUP, ENTRY, ADD }

    /** The control a question needs. */
    public enum Input { TEXT, DATE, ONE, MANY, IMAGE, SIGNATURE, NOTE, READ_ONLY }

    public record Choice(String value, String label) {
    }

    public ShownItem {
        choices = List.copyOf(choices);
    }

    /** Answered differently from the registry's value (shown in {@link #correctedFrom}). */
    public boolean corrected() {
        return correctedFrom != null;
    }
}
