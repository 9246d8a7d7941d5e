package org.griddesk.desktop.service.forms;

import java.util.List;

/**
 * What the form shows at one place, in form order: a question, the heading of a group, one entry of a repeat,
 * or the place to add another entry. {@code key} names the place in the instance (with repeat positions), stable
 * while the form is open, so a screen keeps one control per key. {@code depth} is how deeply it is nested.
 */
public sealed interface FormItem {

    String key();

    int depth();

    record Question(String key, int depth, String path, QuestionKind kind, String label, String hint,
                    boolean required, boolean readOnly, List<Choice> choices, String value, String prefillField,
                    String registryValue) implements FormItem {
        public Question {
            choices = List.copyOf(choices);
        }

        /** The answer is the registry's value, as filled in. */
        public boolean prefilled() {
            return registryValue != null && registryValue.equals(value);
        }

        /** Filled from the registry and changed since: the registry may need the correction too. */
        public boolean correctedPrefill() {
            return registryValue != null && !registryValue.equals(value);
        }
    }

    record Group(String key, int depth, String label) implements FormItem {
    }

    /** Entry {@code number} (from 1) of a repeat; it can be removed. */
    record RepeatEntry(String key, int depth, String label, int number) implements FormItem {
    }

    /** The end of a repeat, where a further entry can be added. */
    record AddRepeat(String key, int depth, String label) implements FormItem {
    }
}
