package org.griddesk.desktop.ui.sync;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.griddesk.desktop.service.sync.SignInException;
import org.griddesk.desktop.service.sync.SyncReport;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.desktop.ui.task.TaskHandle;

/**
 * The 同步 workspace: the signed-in account, and what the worker does there (sign in and out, sync, discard a refused
 * edit), each in the background. The sign-in form ({@link SignInForm}), the run ({@link SyncRunState}) and the log
 * ({@link SyncLog}) keep their own state; this class reads the store and hands each its part.
 */
public final class SyncViewModel {

    static final int SHOWN_RUNS = 10;

    private final SyncService sync;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Executor fxThread;

    private final SignInForm form = new SignInForm();
    private final SyncRunState run = new SyncRunState();
    private final SyncLog log;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper signedIn = new ReadOnlyBooleanWrapper(this, "signedIn");
    private final ReadOnlyObjectWrapper<Message> account = new ReadOnlyObjectWrapper<>(this, "account");
    private final ObservableList<Message> grids = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Message> moreGrids = new ReadOnlyObjectWrapper<>(this, "moreGrids");
    private final ReadOnlyObjectWrapper<Message> allGrids = new ReadOnlyObjectWrapper<>(this, "allGrids");
    private final BooleanProperty autoSync = new SimpleBooleanProperty(this, "autoSync");
    private TaskHandle running;

    public SyncViewModel(SyncService sync, TaskExecutor executor, DialogService dialogs, Executor fxThread,
                         ZoneId zone) {
        this.sync = sync;
        this.executor = executor;
        this.dialogs = dialogs;
        this.fxThread = fxThread;
        this.log = new SyncLog(zone);
    }

    /** Reads account, log and troubles in the background; called when the workspace opens. */
    public void load() {
        busy.set(true);
        executor.execute(work -> read(), TaskCallbacks.of(this::show, this::failedToLoad));
    }

    public void signIn() {
        if (!form.complete()) {
            return;
        }
        char[] secret = form.takePassword();
        String url = form.address();
        String user = form.user();
        busy.set(true);
        executor.execute(work -> {
            sync.signIn(url, user, secret);
            return read();
        }, TaskCallbacks.of(this::show, failure -> {
            busy.set(false);
            form.showFailure(failure);
        }));
    }

    public void startSync() {
        if (run.running() || !signedIn.get()) {
            return;
        }
        run.started();
        running = executor.execute(work -> {
            SyncReport report = sync.sync((now, sofar) -> fxThread.execute(() -> run.progressed(now, sofar)),
                    work::isCancelled);
            return new Finished(report, read());
        }, TaskCallbacks.of(this::finished, failure -> {
            running = null;
            run.failed();
        }));
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
            run.cancelling();
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
            return read();
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
            return read();
        }, TaskCallbacks.of(this::show, this::failedToLoad));
    }

    private SyncSnapshot read() {
        return SyncSnapshot.read(sync, SHOWN_RUNS);
    }

    private void finished(Finished done) {
        running = null;
        run.finished(done.report());
        show(done.snapshot());
    }

    private void failedToLoad(Throwable failure) {
        busy.set(false);
        dialogs.showError(new Message("sync.error.title"), new Message("sync.error.store"));
    }

    private void show(SyncSnapshot snapshot) {
        busy.set(false);
        signedIn.set(snapshot.account().isPresent());
        account.set(snapshot.account().map(a -> new Message("sync.account.summary", a.username(),
                new Message("sync.role." + a.role()), a.platformUrl())).orElse(null));
        grids.setAll(snapshot.account().map(GridLabels::shown).orElse(List.of()));
        moreGrids.set(snapshot.account().map(GridLabels::more).orElse(null));
        allGrids.set(snapshot.account().map(GridLabels::full).orElse(null));
        snapshot.platformUrl().ifPresent(form::suggestAddress);
        snapshot.account().ifPresent(a -> form.showUsername(a.username()));
        if (!snapshot.runs().isEmpty()) {
            run.showLastCounters(snapshot.runs().get(0).counters());
        }
        autoSync.set(snapshot.autoSync());
        log.show(snapshot.runs(), snapshot.troubles());
    }

    private record Finished(SyncReport report, SyncSnapshot snapshot) {
    }

    /** The sign-in form, shown until the device is signed in. */
    public SignInForm form() {
        return form;
    }

    /** The sync run: progress, phase, counters and how it ended. */
    public SyncRunState run() {
        return run;
    }

    /** The latest runs and the records in trouble. */
    public SyncLog log() {
        return log;
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

    public ReadOnlyBooleanProperty autoSyncProperty() {
        return autoSync;
    }
}
