package org.griddesk.desktop.ui.households;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.StringProperty;

import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * Saves a form's text as a draft while the worker types, in the background. Writes never queue up: while one
 * runs, further typing only marks the draft dirty, and one more write follows with the latest text.
 */
final class FormDraftKeeper {

    private final DraftStore store;
    private final TaskExecutor executor;
    private boolean writing;
    private boolean dirty;
    private boolean discarded;

    FormDraftKeeper(DraftStore store, TaskExecutor executor) {
        this.store = store;
        this.executor = executor;
    }

    /**
     * Reads the draft in the background (the store is not read on the FX thread) and fills it in, then runs
     * {@code then}. A field the worker typed into meanwhile keeps what was typed.
     */
    void restore(String form, FormFields fields, Runnable then) {
        Map<String, String> opened = fields.texts();
        executor.execute(progress -> store.read(form), TaskCallbacks.of(found -> {
            found.ifPresent(draft -> fields.fill(untouched(draft, opened, fields.texts())));
            then.run();
        }, failure -> then.run()));
    }

    private static Map<String, String> untouched(Map<String, String> draft, Map<String, String> opened,
                                                 Map<String, String> now) {
        Map<String, String> kept = new LinkedHashMap<>();
        draft.forEach((name, text) -> {
            if (Objects.equals(opened.get(name), now.get(name))) {
                kept.put(name, text);
            }
        });
        return kept;
    }

    void follow(String form, FormFields fields) {
        fields.texts().keySet().forEach(name -> {
            StringProperty value = fields.value(name);
            value.addListener((observable, before, now) -> changed(form, fields));
        });
    }

    private void changed(String form, FormFields fields) {
        discarded = false;
        if (writing) {
            dirty = true;
            return;
        }
        writing = true;
        Map<String, String> texts = fields.texts();
        executor.execute(progress -> {
            store.write(form, texts);
            return form;
        }, TaskCallbacks.of(done -> written(form, fields), failure -> written(form, fields)));
    }

    private void written(String form, FormFields fields) {
        writing = false;
        if (discarded) {
            discardInBackground(form);
        } else if (dirty) {
            dirty = false;
            changed(form, fields);
        }
    }

    void discard(String form) {
        discarded = true;
        dirty = false;
        if (!writing) {
            discardInBackground(form);
        }
    }

    private void discardInBackground(String form) {
        executor.execute(progress -> {
            store.discard(form);
            return form;
        }, TaskCallbacks.of(done -> { }, failure -> { }));
    }
}
