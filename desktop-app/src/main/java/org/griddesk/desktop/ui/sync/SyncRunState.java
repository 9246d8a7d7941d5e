package org.griddesk.desktop.ui.sync;

import java.util.Locale;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.griddesk.desktop.service.sync.SyncReport;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.sync.session.SyncCounters;
import org.griddesk.sync.session.SyncPhase;

/** One sync run as the workspace shows it: running or not, its phase and progress, its counters and how it ended. */
public final class SyncRunState {

    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(this, "syncing");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<Message> phase = new ReadOnlyObjectWrapper<>(this, "phase");
    private final ReadOnlyObjectWrapper<Message> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyObjectWrapper<Message> counters = new ReadOnlyObjectWrapper<>(this, "counters");

    boolean running() {
        return syncing.get();
    }

    void started() {
        syncing.set(true);
        outcome.set(null);
        phase.set(new Message("sync.phase.starting"));
        progress.set(-1);
    }

    void cancelling() {
        phase.set(new Message("sync.phase.cancelling"));
    }

    /** A report from the running sync; one that arrives after the run ended is dropped. */
    void progressed(SyncPhase now, SyncCounters sofar) {
        if (!syncing.get()) {
            return;
        }
        phase.set(new Message("sync.phase." + now.name().toLowerCase(Locale.ROOT)));
        counters.set(countersMessage(sofar));
    }

    void finished(SyncReport report) {
        syncing.set(false);
        progress.set(report.completed() ? 1 : 0);
        phase.set(null);
        counters.set(countersMessage(report.counters()));
        outcome.set(switch (report.ending()) {
            case COMPLETED -> new Message("sync.outcome.ok");
            case CANCELLED -> new Message("sync.outcome.cancelled");
            case FAILED -> new Message("sync.failure." + report.failure().code());
        });
    }

    void failed() {
        syncing.set(false);
        progress.set(0);
        phase.set(null);
        outcome.set(new Message("sync.failure.platform_error"));
    }

    /** Before the first run of this opening, the counters of the last run in the log. */
    void showLastCounters(SyncCounters last) {
        if (counters.get() == null) {
            counters.set(countersMessage(last));
        }
    }

    static Message countersMessage(SyncCounters c) {
        return new Message("sync.counters", c.pushed(), c.applied(), c.merged(), c.conflicts(), c.rejected(),
                c.pulled());
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> countersProperty() {
        return counters.getReadOnlyProperty();
    }
}
