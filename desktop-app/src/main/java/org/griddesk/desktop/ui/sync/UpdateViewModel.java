package org.griddesk.desktop.ui.sync;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.griddesk.desktop.service.update.AvailableUpdate;
import org.griddesk.desktop.service.update.DesktopUpdates;
import org.griddesk.desktop.service.update.UpdateException;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.desktop.ui.task.TaskHandle;

/**
 * The update notice of 同步: asks the platform for a newer GridDesk when the worker signs in or the platform answers
 * {@code schema_too_old}, downloads it in the background with progress and cancel, and offers it only once its
 * SHA-256 is checked, with the command an administrator runs to install it. It never installs anything itself.
 */
public final class UpdateViewModel {

    private final DesktopUpdates updates;
    private final Supplier<Optional<String>> platformUrl;
    private final TaskExecutor executor;
    private final Executor fxThread;

    private final ObjectProperty<AvailableUpdate> available = new SimpleObjectProperty<>(this, "available");
    private final ObjectProperty<Message> notice = new SimpleObjectProperty<>(this, "notice");
    private final ObjectProperty<Message> status = new SimpleObjectProperty<>(this, "status");
    private final BooleanProperty downloading = new SimpleBooleanProperty(this, "downloading");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty installCommand = new SimpleStringProperty(this, "installCommand", "");
    private final ObjectProperty<Path> downloaded = new SimpleObjectProperty<>(this, "downloaded");
    private TaskHandle running;

    public UpdateViewModel(DesktopUpdates updates, Supplier<Optional<String>> platformUrl, TaskExecutor executor,
                           Executor fxThread) {
        this.updates = updates;
        this.platformUrl = platformUrl;
        this.executor = executor;
        this.fxThread = fxThread;
    }

    /**
     * Asks the platform in the background. {@code needed}: the platform refused this version, so say so also when
     * it offers none; otherwise a platform without a newer package, or out of reach, changes nothing on screen.
     */
    public void check(boolean needed) {
        if (downloading.get()) {
            return;
        }
        executor.execute(work -> {
            Optional<String> url = platformUrl.get();
            return url.isEmpty() ? Optional.<AvailableUpdate>empty() : updates.check(url.get());
        }, TaskCallbacks.of(found -> offer(found, needed), failure -> {
            if (needed) {
                status.set(new Message("sync.update.none"));
            }
        }));
    }

    public void download() {
        AvailableUpdate update = available.get();
        if (update == null || downloading.get()) {
            return;
        }
        downloading.set(true);
        status.set(null);
        installCommand.set("");
        progress.set(0);
        running = executor.execute(work -> updates.download(update,
                        (done, total) -> fxThread.execute(() -> progress.set(total > 0 ? (double) done / total : -1)),
                        work::isCancelled),
                TaskCallbacks.of(this::ready, this::failed));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void offer(Optional<AvailableUpdate> found, boolean needed) {
        available.set(found.orElse(null));
        notice.set(found.map(update -> new Message("sync.update.available", update.version(),
                String.format(Locale.ROOT, "%.1f", update.size() / 1_048_576.0))).orElse(null));
        if (found.isEmpty() && needed) {
            status.set(new Message("sync.update.none"));
        }
    }

    private void ready(Path file) {
        downloading.set(false);
        running = null;
        progress.set(1);
        downloaded.set(file);
        Optional<String> command = DesktopUpdates.installCommand(file);
        installCommand.set(command.orElse(""));
        status.set(new Message(command.isPresent() ? "sync.update.ready" : "sync.update.readyOther",
                file.toAbsolutePath().toString()));
    }

    private void failed(Throwable failure) {
        downloading.set(false);
        running = null;
        progress.set(0);
        if (failure instanceof CancellationException) {
            status.set(new Message("sync.update.cancelled"));
        } else if (failure instanceof UpdateException update) {
            status.set(new Message("sync.update.error." + update.reason().name().toLowerCase(Locale.ROOT)));
        } else {
            status.set(new Message("sync.update.error.disk"));
        }
    }

    public ObjectProperty<AvailableUpdate> availableProperty() {
        return available;
    }

    public ObjectProperty<Message> noticeProperty() {
        return notice;
    }

    public ObjectProperty<Message> statusProperty() {
        return status;
    }

    public BooleanProperty downloadingProperty() {
        return downloading;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty installCommandProperty() {
        return installCommand;
    }

    public ObjectProperty<Path> downloadedProperty() {
        return downloaded;
    }
}
