package org.griddesk.desktop.ui.applications;

import java.util.List;

import org.griddesk.desktop.service.forms.FormItem;
import org.griddesk.desktop.service.forms.QuestionKind;

/** JavaRosa's items of a form as the screen's {@link ShownItem}s. */
final class ShownItems {

    private ShownItems() {
    }

    static ShownItem of(FormItem item) {
        if (item instanceof FormItem.Question q) {
            return new ShownItem(ShownItem.Type.QUESTION, q.key(), q.depth(), q.label(), q.path(), input(q.kind()),
                    q.hint(), q.required(), q.choices().stream()
                    .map(choice -> new ShownItem.Choice(choice.value(), choice.label())).toList(), q.value(),
                    q.prefilled(), q.correctedPrefill() ? q.registryValue() : null, 0);
        }
        if (item instanceof FormItem.Group g) {
            return heading(ShownItem.Type.GROUP, g.key(), g.depth(), g.label(), 0);
        }
        if (item instanceof FormItem.RepeatEntry e) {
            return heading(ShownItem.Type.ENTRY, e.key(), e.depth(), e.label(), e.number());
        }
        FormItem.AddRepeat add = (FormItem.AddRepeat) item;
        return heading(ShownItem.Type.ADD, add.key(), add.depth(), add.label(), 0);
    }

    private static ShownItem heading(ShownItem.Type type, String key, int depth, String label, int number) {
        return new ShownItem(type, key, depth, label, "", ShownItem.Input.NOTE, "", false, List.of(), "", false, null,
                number);
    }

    private static ShownItem.Input input(QuestionKind kind) {
        return switch (kind) {
            case TEXT, INTEGER, DECIMAL -> ShownItem.Input.TEXT;
            case DATE -> ShownItem.Input.DATE;
            case SELECT_ONE -> ShownItem.Input.ONE;
            case SELECT_MULTIPLE -> ShownItem.Input.MANY;
            case IMAGE -> ShownItem.Input.IMAGE;
            case SIGNATURE -> ShownItem.Input.SIGNATURE;
            case NOTE -> ShownItem.Input.NOTE;
            case UNSUPPORTED -> ShownItem.Input.READ_ONLY;
        };
    }
}
