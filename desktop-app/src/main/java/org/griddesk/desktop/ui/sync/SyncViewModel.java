package org.griddesk.desktop.ui.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.griddesk.desktop.service.PlatformAddress;
import org.griddesk.desktop.service.sync.SignInException;
import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.service.sync.SyncReport;
import org.griddesk.desktop.service.sync.SyncRun;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.ui.common.PlatformErrorText;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.desktop.ui.task.TaskHandle;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.SyncCounters;
import org.griddesk.sync.session.SyncPhase;
import org.griddesk.sync.store.LocalConflict;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.ErrorCodes;

/** The 同步 workspace: sign-in form, the sync run with progress and cancel, the log and the records in trouble. */
public final class SyncViewModel {

    static final int SHOWN_RUNS = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final SyncService sync;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Executor fxThread;
    private final ZoneId zone;

    private final StringProperty platformUrl = new SimpleStringProperty(this, "platformUrl", "");
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ObjectProperty<Message> platformUrlError = new SimpleObjectProperty<>(this, "platformUrlError");
    private final ObjectProperty<Message> usernameError = new SimpleObjectProperty<>(this, "usernameError");
    private final ObjectProperty<Message> passwordError = new SimpleObjectProperty<>(this, "passwordError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper(this, "signedIn");
    private final ReadOnlyObjectWrapper<Message> account = new ReadOnlyObjectWrapper<>(this, "account");
    private final ObservableList<Message> grids = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Message> moreGrids = new ReadOnlyObjectWrapper<>(this, "moreGrids");
    private final ReadOnlyObjectWrapper<Message> allGrids = new ReadOnlyObjectWrapper<>(this, "allGrids");
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(this, "syncing");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<Message> phase = new ReadOnlyObjectWrapper<>(this, "phase");
    private final ReadOnlyObjectWrapper<Message> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyObjectWrapper<Message> counters = new ReadOnlyObjectWrapper<>(this, "counters");
    private final BooleanProperty autoSync = new SimpleBooleanProperty(this, "autoSync");
    private final ObservableList<Message> runs = FXCollections.observableArrayList();
    private final ObservableList<TroubleRow> troubles = FXCollections.observableArrayList();
    private TaskHandle running;

    public SyncViewModel(SyncService sync, TaskExecutor executor, DialogService dialogs, Executor fxThread,
                         ZoneId zone) {
        this.sync = sync;
        this.executor = executor;
        this.dialogs = dialogs;
        this.fxThread = fxThread;
        this.zone = zone;
        platformUrl.addListener((o, before, now) -> platformUrlError.set(null));
        username.addListener((o, before, now) -> usernameError.set(null));
        password.addListener((o, before, now) -> passwordError.set(null));
    }

    /** Reads account, log and troubles in the background; called when the workspace opens. */
    public void load() {
        busy.set(true);
        executor.execute(work -> Snapshot.read(sync), TaskCallbacks.of(this::show, this::failedToLoad));
    }

    public void signIn() {
        if (!signInFormComplete()) {
            return;
        }
        char[] secret = password.get().toCharArray();
        password.set("");
        String url = platformUrl.get().trim();
        String user = username.get().trim();
        busy.set(true);
        executor.execute(work -> {
            sync.signIn(url, user, secret);
            return Snapshot.read(sync);
        }, TaskCallbacks.of(this::show, this::signInFailed));
    }

    public void startSync() {
        if (syncing.get() || !signedIn.get()) {
            return;
        }
        syncing.set(true);
        outcome.set(null);
        phase.set(new Message("sync.phase.starting"));
        progress.set(-1);
        running = executor.execute(work -> {
            SyncReport report = sync.sync((now, sofar) -> fxThread.execute(() -> showProgress(now, sofar)),
                    work::isCancelled);
            return new Finished(report, Snapshot.read(sync));
        }, TaskCallbacks.of(this::finished, this::syncFailed));
    }

    /** Saves the automatic-sync choice in the background. */
    public void setAutoSync(boolean on) {
        autoSync.set(on);
        executor.execute(work -> {
            sync.setAutoSync(on);
            return on;
        }, TaskCallbacks.of(saved -> { }, this::failedToLoad));
    }

    public void cancelSync() {
        if (running != null) {
            running.cancel();
            phase.set(new Message("sync.phase.cancelling"));
        }
    }

    public void signOut() {
        busy.set(true);
        executor.execute(work -> {
            try {
                sync.signOut();
            } catch (SignInException e) {
                // Offline: the token is forgotten here; the platform revokes it when an administrator does.
                fxThread.execute(() -> dialogs.showInformation(new Message("sync.signOut.title"),
                        new Message("sync.signOut.offline")));
            }
            return Snapshot.read(sync);
        }, TaskCallbacks.of(this::show, this::failedToLoad));
    }

    public void discard(TroubleRow row) {
        if (row.discardable() == null || !dialogs.showConfirmation(new Message("sync.discard.title"),
                new Message("sync.discard.confirm", row.discardable().type()))) {
            return;
        }
        busy.set(true);
        executor.execute(work -> {
            sync.discardRejected(row.discardable());
            return Snapshot.read(sync);
        }, TaskCallbacks.of(this::show, this::failedToLoad));
    }

    private boolean signInFormComplete() {
        boolean complete = true;
        if (PlatformAddress.parse(platformUrl.get()).isEmpty()) {
            platformUrlError.set(new Message("sync.signIn.error.address"));
            complete = false;
        }
        if (username.get().isBlank()) {
            usernameError.set(new Message("sync.signIn.error.username"));
            complete = false;
        }
        if (password.get().isEmpty()) {
            passwordError.set(new Message("sync.signIn.error.password"));
            complete = false;
        }
        return complete;
    }

    private void showProgress(SyncPhase now, SyncCounters sofar) {
        if (!syncing.get()) {
            return;
        }
        phase.set(new Message("sync.phase." + now.name().toLowerCase(Locale.ROOT)));
        counters.set(countersMessage(sofar));
    }

    private void finished(Finished done) {
        syncing.set(false);
        running = null;
        progress.set(done.report().completed() ? 1 : 0);
        phase.set(null);
        counters.set(countersMessage(done.report().counters()));
        outcome.set(switch (done.report().ending()) {
            case COMPLETED -> new Message("sync.outcome.ok");
            case CANCELLED -> new Message("sync.outcome.cancelled");
            case FAILED -> new Message("sync.failure." + done.report().failure().code());
        });
        show(done.snapshot());
    }

    private void syncFailed(Throwable failure) {
        syncing.set(false);
        running = null;
        progress.set(0);
        phase.set(null);
        outcome.set(new Message("sync.failure.platform_error"));
    }

    private void signInFailed(Throwable failure) {
        busy.set(false);
        if (failure instanceof SignInException signInFailure) {
            switch (signInFailure.reason()) {
                case WRONG_CREDENTIALS -> passwordError.set(new Message("sync.signIn.error.wrongCredentials"));
                case OFFLINE -> platformUrlError.set(new Message("sync.signIn.error.offline"));
                case INVALID_INPUT -> platformUrlError.set(new Message("sync.signIn.error.address"));
                case TOO_MANY_ATTEMPTS -> passwordError.set(new Message("sync.signIn.error.tooMany"));
                case PLATFORM_ERROR -> platformUrlError.set(new Message("sync.signIn.error.platform"));
                case PRACTICE_ONLY -> platformUrlError.set(new Message("sync.signIn.error.practiceOnly"));
            }
            return;
        }
        platformUrlError.set(new Message("sync.signIn.error.platform"));
    }

    private void failedToLoad(Throwable failure) {
        busy.set(false);
        dialogs.showError(new Message("sync.error.title"), new Message("sync.error.store"));
    }

    private void show(Snapshot snapshot) {
        busy.set(false);
        signedIn.set(snapshot.account().isPresent());
        account.set(snapshot.account().map(a -> new Message("sync.account.summary", a.username(),
                new Message("sync.role." + a.role()), a.platformUrl())).orElse(null));
        grids.setAll(snapshot.account().map(GridLabels::shown).orElse(List.of()));
        moreGrids.set(snapshot.account().map(GridLabels::more).orElse(null));
        allGrids.set(snapshot.account().map(GridLabels::full).orElse(null));
        if (platformUrl.get().isBlank()) {
            snapshot.platformUrl().ifPresent(platformUrl::set);
        }
        snapshot.account().ifPresent(a -> username.set(a.username()));
        if (counters.get() == null && !snapshot.runs().isEmpty()) {
            counters.set(countersMessage(snapshot.runs().get(0).counters()));
        }
        autoSync.set(snapshot.autoSync());
        runs.setAll(snapshot.runs().stream().map(this::runMessage).toList());
        troubles.setAll(snapshot.troubles());
    }

    private Message runMessage(SyncRun run) {
        String when = TIME.format(run.started().atZone(zone));
        Message outcomeText = run.outcome().map(code -> new Message("sync.log.outcome." + code))
                .orElse(new Message("sync.log.unfinished"));
        return new Message("sync.log.entry", when, outcomeText, countersMessage(run.counters()));
    }

    static Message countersMessage(SyncCounters c) {
        return new Message("sync.counters", c.pushed(), c.applied(), c.merged(), c.conflicts(), c.rejected(),
                c.pulled());
    }

    /** What the workspace shows, read in one background task. */
    private record Snapshot(Optional<SignedInAccount> account, Optional<String> platformUrl, List<SyncRun> runs,
                            List<TroubleRow> troubles, boolean autoSync) {

        static Snapshot read(SyncService sync) {
            List<TroubleRow> troubles = new ArrayList<>();
            sync.troubled().forEach(t -> troubles.add(new TroubleRow(new Message("sync.trouble." + t.status().state()
                    .name().toLowerCase(Locale.ROOT), t.key().type(), shortId(t.key()), reason(t.status())),
                    t.status().state() == SyncState.REJECTED ? t.key() : null)));
            for (LocalConflict c : sync.conflicts()) {
                troubles.add(new TroubleRow(new Message("sync.conflict.entry", c.record().type(), shortId(c.record()),
                        c.conflict().field(), DisplayValues.of(c.conflict().field(), c.conflict().mine()),
                        DisplayValues.of(c.conflict().field(), c.conflict().theirs()),
                        new Message("sync.conflict.kept." + c.conflict().kept().name().toLowerCase(Locale.ROOT))),
                        null));
            }
            return new Snapshot(sync.account(), sync.platformUrl(), sync.recentRuns(SHOWN_RUNS), troubles,
                    sync.autoSync());
        }

        private static String shortId(RecordKey key) {
            String id = key.id();
            return id.length() > 8 ? "…" + id.substring(id.length() - 8) : id;
        }

        /** The platform's reason in the worker's language, never as the platform's code or English. */
        private static Object reason(RecordSyncStatus status) {
            if (status.reason() != null && status.reason().startsWith(ErrorCodes.KEPT_FOR_REVIEW + ":")) {
                return new Message("sync.reason.kept_for_review");
            }
            Message words = PlatformErrorText.ofStatus(status);
            return words == null ? "" : words;
        }
    }

    private record Finished(SyncReport report, Snapshot snapshot) {
    }

    public StringProperty platformUrlProperty() {
        return platformUrl;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Message> platformUrlErrorProperty() {
        return platformUrlError;
    }

    public ObjectProperty<Message> usernameErrorProperty() {
        return usernameError;
    }

    public ObjectProperty<Message> passwordErrorProperty() {
        return passwordError;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> accountProperty() {
        return account.getReadOnlyProperty();
    }

    /** The account's grids as 「名称（代码）」, the first few when there are many. */
    public ObservableList<Message> grids() {
        return grids;
    }

    /** How many grids {@link #grids()} leaves out; null when none. */
    public ReadOnlyObjectProperty<Message> moreGridsProperty() {
        return moreGrids.getReadOnlyProperty();
    }

    /** Every grid of the account, one a line, when {@link #grids()} names only the first few; otherwise null. */
    public ReadOnlyObjectProperty<Message> allGridsProperty() {
        return allGrids.getReadOnlyProperty();
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

    public ReadOnlyBooleanProperty autoSyncProperty() {
        return autoSync;
    }

    public ObservableList<Message> runs() {
        return runs;
    }

    public ObservableList<TroubleRow> troubles() {
        return troubles;
    }
}
