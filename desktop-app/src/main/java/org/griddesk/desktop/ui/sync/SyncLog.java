package org.griddesk.desktop.ui.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.griddesk.desktop.service.sync.SyncRun;
import org.griddesk.desktop.ui.i18n.Message;

/** The log of 同步: the latest runs, and the records the platform refused or merged against the worker's edit. */
public final class SyncLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;
    private final ObservableList<Message> runs = FXCollections.observableArrayList();
    private final ObservableList<TroubleRow> troubles = FXCollections.observableArrayList();

    SyncLog(ZoneId zone) {
        this.zone = zone;
    }

    void show(List<SyncRun> latestRuns, List<TroubleRow> troubled) {
        runs.setAll(latestRuns.stream().map(this::runMessage).toList());
        troubles.setAll(troubled);
    }

    private Message runMessage(SyncRun run) {
        String when = TIME.format(run.started().atZone(zone));
        Message outcomeText = run.outcome().map(code -> new Message("sync.log.outcome." + code))
                .orElse(new Message("sync.log.unfinished"));
        return new Message("sync.log.entry", when, outcomeText, SyncRunState.countersMessage(run.counters()));
    }

    public ObservableList<Message> runs() {
        return runs;
    }

    public ObservableList<TroubleRow> troubles() {
        return troubles;
    }
}
