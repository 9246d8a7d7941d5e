package org.griddesk.desktop.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.griddesk.desktop.service.SettingsService;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * 扫描文件夹: where the scanner saves its pictures, so an application's image question can take the newest one. The
 * folder is checked (it must exist) and saved in the background; saved empty, it is forgotten.
 */
public final class ScannerFolderSetting {

    private final SettingsService settings;
    private final TaskExecutor executor;
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>(this, "error");
    private final ObjectProperty<Message> saved = new SimpleObjectProperty<>(this, "saved");

    ScannerFolderSetting(SettingsService settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
        folder.addListener((observable, before, now) -> {
            error.set(null);
            saved.set(null);
        });
    }

    void load() {
        executor.execute(progress -> settings.scannerFolder().orElse(""), TaskCallbacks.of(folder::set,
                failure -> error.set(new Message("settings.scanner.error.save"))));
    }

    public void save() {
        String wanted = folder.get() == null ? "" : folder.get().strip();
        error.set(null);
        saved.set(null);
        executor.execute(progress -> {
            settings.setScannerFolder(wanted);
            return settings.scannerFolder().orElse("");
        }, TaskCallbacks.of(stored -> {
            folder.set(stored);
            saved.set(stored.isEmpty() ? new Message("settings.scanner.cleared")
                    : new Message("settings.scanner.saved", stored));
        }, failure -> error.set(failure instanceof IllegalArgumentException
                ? new Message("settings.scanner.error.missing", wanted)
                : new Message("settings.scanner.error.save"))));
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public ObjectProperty<Message> savedProperty() {
        return saved;
    }
}
