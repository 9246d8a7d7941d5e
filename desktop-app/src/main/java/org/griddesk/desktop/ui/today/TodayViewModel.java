package org.griddesk.desktop.ui.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.griddesk.desktop.service.today.TodayKind;
import org.griddesk.desktop.service.today.TodayLine;
import org.griddesk.desktop.service.today.TodayReport;
import org.griddesk.desktop.service.today.TodayTarget;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.BackgroundWork;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * 今日: the worker's day read in the background (on opening, on each return to the workspace and on 刷新), as
 * sections with counts; opening a line hands its target to the shell, which shows the workspace that acts on it.
 */
public final class TodayViewModel {

    private final BackgroundWork<TodayReport> reading;
    private final TaskExecutor executor;
    private final Consumer<TodayTarget> opener;
    private final ObservableList<TodaySection> sections = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty clear = new SimpleBooleanProperty(this, "clear");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final IntegerProperty visitDays = new SimpleIntegerProperty(this, "visitDays");
    private final IntegerProperty total = new SimpleIntegerProperty(this, "total");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>(this, "error");
    private boolean again;

    public TodayViewModel(BackgroundWork<TodayReport> reading, TaskExecutor executor, Consumer<TodayTarget> opener) {
        this.reading = reading;
        this.executor = executor;
        this.opener = opener;
    }

    /** Reads the day again; asked while a reading runs, it reads once more when that one ends. */
    public void refresh() {
        if (loading.get()) {
            again = true;
            return;
        }
        loading.set(true);
        error.set(null);
        executor.execute(reading, TaskCallbacks.of(report -> {
            show(report);
            finished();
        }, failure -> {
            error.set(new Message("today.error.load"));
            finished();
        }));
    }

    private void finished() {
        loading.set(false);
        if (again) {
            again = false;
            refresh();
        }
    }

    private void show(TodayReport report) {
        List<TodaySection> shown = new ArrayList<>();
        for (TodayKind kind : TodayKind.values()) {
            List<TodayLine> lines = report.of(kind);
            if (!lines.isEmpty()) {
                shown.add(new TodaySection(kind, lines.stream().map(TodayRow::new).toList()));
            }
        }
        day.set(report.day());
        visitDays.set(report.visitIntervalDays());
        total.set(report.lines().size());
        sections.setAll(shown);
        clear.set(report.isClear());
    }

    /** One click from where to act: the workspace and record of the line. */
    public void open(TodayRow row) {
        if (row != null) {
            opener.accept(row.line().target());
        }
    }

    public ObservableList<TodaySection> sections() {
        return sections;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** True once a reading found nothing to do (false while nothing has been read yet). */
    public ReadOnlyBooleanProperty clearProperty() {
        return clear;
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ReadOnlyIntegerProperty visitDaysProperty() {
        return visitDays;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyObjectProperty<Message> errorProperty() {
        return error;
    }
}
