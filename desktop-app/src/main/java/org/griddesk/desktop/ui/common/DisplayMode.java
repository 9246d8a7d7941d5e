package org.griddesk.desktop.ui.common;

import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * The one display choice of the window, shared by the shell's 长辈版 switch, 设置 and the zoom keys. Every change
 * shows at once and is saved in the background.
 */
public final class DisplayMode {

    private final DisplayStore store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<DisplayChoice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final BooleanProperty large = new SimpleBooleanProperty(this, "large");
    // Saves may finish out of order on the task threads: each one writes the latest choice, never its own.
    private final AtomicReference<DisplayChoice> latest = new AtomicReference<>();

    public DisplayMode(DisplayStore store, TaskExecutor executor, DialogService dialogs) {
        this.store = store;
        this.executor = executor;
        this.dialogs = dialogs;
        DisplayChoice saved = store.read();
        choice.set(saved == null ? DisplayChoice.NORMAL : saved);
        latest.set(choice.get());
        large.set(choice.get().large());
        large.addListener((observable, before, now) -> change(choice.get().withLarge(now)));
    }

    public ReadOnlyObjectProperty<DisplayChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** 长辈版 on or off; the switches bind to it both ways. */
    public BooleanProperty largeProperty() {
        return large;
    }

    public void zoomIn() {
        change(choice.get().zoomedIn());
    }

    public void zoomOut() {
        change(choice.get().zoomedOut());
    }

    public void zoomReset() {
        change(choice.get().zoomReset());
    }

    private void change(DisplayChoice next) {
        if (next.equals(choice.get())) {
            return;
        }
        choice.set(next);
        large.set(next.large());
        latest.set(next);
        executor.execute(progress -> {
            DisplayChoice written = latest.get();
            store.write(written);
            return written;
        }, TaskCallbacks.of(saved -> { }, failure -> dialogs.showError(
                new Message("settings.error.title"), new Message("display.error.save"))));
    }
}
