package org.griddesk.desktop.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.griddesk.desktop.service.SettingsService;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/** 走访提醒: after how many days without a visit 今日 lists a household in need of care; read and saved in the background. */
public final class VisitReminderSetting {

    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 365;

    private final SettingsService settings;
    private final TaskExecutor executor;
    private final StringProperty days = new SimpleStringProperty(this, "days", "");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>(this, "error");
    private final ObjectProperty<Message> saved = new SimpleObjectProperty<>(this, "saved");

    VisitReminderSetting(SettingsService settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
        days.addListener((observable, before, now) -> {
            error.set(null);
            saved.set(null);
        });
    }

    void load() {
        executor.execute(progress -> settings.visitIntervalDays(), TaskCallbacks.of(
                stored -> days.set(Integer.toString(stored)),
                failure -> error.set(new Message("settings.visits.error.save"))));
    }

    public void save() {
        Integer wanted = parse(days.get());
        if (wanted == null) {
            error.set(new Message("settings.visits.error.range", MIN_DAYS, MAX_DAYS));
            return;
        }
        executor.execute(progress -> {
            settings.setVisitIntervalDays(wanted);
            return wanted;
        }, TaskCallbacks.of(stored -> saved.set(new Message("settings.visits.saved", stored)),
                failure -> error.set(new Message("settings.visits.error.save"))));
    }

    private static Integer parse(String typed) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            return value >= MIN_DAYS && value <= MAX_DAYS ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public StringProperty daysProperty() {
        return days;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public ObjectProperty<Message> savedProperty() {
        return saved;
    }
}
