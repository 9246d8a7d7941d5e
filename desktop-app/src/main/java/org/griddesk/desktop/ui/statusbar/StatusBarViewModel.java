package org.griddesk.desktop.ui.statusbar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.griddesk.desktop.service.StatusSnapshot;
import org.griddesk.desktop.ui.i18n.Message;

/** Turns the latest status snapshot into the texts of the status bar. */
public final class StatusBarViewModel {

    // Numeric and unambiguous in both languages; the worker compares it with the wall clock.
    private static final DateTimeFormatter SYNC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final ReadOnlyBooleanWrapper known = new ReadOnlyBooleanWrapper(this, "known");
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online");
    private final ReadOnlyObjectWrapper<Message> connection =
            new ReadOnlyObjectWrapper<>(this, "connection", new Message("status.checking"));
    private final ReadOnlyObjectWrapper<Message> pending =
            new ReadOnlyObjectWrapper<>(this, "pending", new Message("status.pending", 0L));
    private final ReadOnlyObjectWrapper<Message> conflicts =
            new ReadOnlyObjectWrapper<>(this, "conflicts", new Message("status.conflicts", 0L));
    private final ReadOnlyObjectWrapper<Message> lastSync =
            new ReadOnlyObjectWrapper<>(this, "lastSync", new Message("status.lastSync.never"));

    public StatusBarViewModel(ZoneId zone) {
        this.zone = zone;
    }

    public void apply(StatusSnapshot snapshot) {
        // 在线 and 离线 are claims about the platform at the saved address; until it has answered, say so
        known.set(snapshot.checked());
        online.set(snapshot.checked() && snapshot.online());
        connection.set(new Message(!snapshot.checked() ? "status.checking"
                : snapshot.online() ? "status.online" : "status.offline"));
        pending.set(new Message("status.pending", snapshot.pendingRecords()));
        conflicts.set(new Message("status.conflicts", snapshot.openConflicts()));
        lastSync.set(lastSyncMessage(snapshot.lastSync()));
    }

    private Message lastSyncMessage(Optional<Instant> when) {
        return when.map(instant -> new Message("status.lastSync", SYNC_TIME.format(instant.atZone(zone))))
                .orElseGet(() -> new Message("status.lastSync.never"));
    }

    /** False until the first snapshot arrived: the dot stays neutral rather than claim offline. */
    public ReadOnlyBooleanProperty knownProperty() {
        return known.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> conflictsProperty() {
        return conflicts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }
}
