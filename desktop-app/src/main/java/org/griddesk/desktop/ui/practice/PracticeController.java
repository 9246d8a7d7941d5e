package org.griddesk.desktop.ui.practice;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.application.Platform;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.SessionWiring;
import org.griddesk.desktop.service.device.DeviceServices;
import org.griddesk.desktop.service.practice.PracticeActivity;
import org.griddesk.desktop.service.practice.PracticeTour;
import org.griddesk.desktop.ui.common.OpenedSession;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.shell.Workspace;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * Entering and leaving 练习模式 for the main window. Entering closes the real session first (when one is open), then
 * opens the practice store; leaving closes the practice store and stops the practice platform, then the window
 * shows its entry screen for the real store again. While practising, the shell sits under the banner with the tour.
 */
public final class PracticeController {

    /** How often the tour looks at the practice store for steps done. */
    static final Duration LOOK_AGAIN = Duration.seconds(2);

    private final PracticeStarter starter;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Region> show;
    private final Consumer<OpenedSession> opened;
    private final Runnable showEntry;
    private final SessionWiring<DeviceServices> wiring;
    private final BooleanProperty tourShown = new SimpleBooleanProperty(this, "tourShown", true);
    private final ObjectProperty<Message> platformLine = new SimpleObjectProperty<>(this, "platformLine",
            new Message("practice.platform.starting"));
    private PracticeRound round;
    private PracticeTour tour;
    private Timeline looking;

    private record Entered(PracticeRound round, OpenedSession opened, PracticeActivity start) {
    }

    public PracticeController(PracticeStarter starter, Localization localization, TaskExecutor executor,
                              DialogService dialogs, Consumer<Region> show, Consumer<OpenedSession> opened,
                              Runnable showEntry, SessionWiring<DeviceServices> wiring) {
        this.starter = starter;
        this.wiring = wiring;
        this.localization = localization;
        this.executor = executor;
        this.dialogs = dialogs;
        this.show = show;
        this.opened = opened;
        this.showEntry = showEntry;
    }

    public boolean practising() {
        return round != null;
    }

    /** The tour of the running round, empty when not practising. */
    public Optional<PracticeTour> tour() {
        return Optional.ofNullable(tour);
    }

    /** The first-start or unlock screen with the way into practice mode below it. */
    public Region withEntry(Region entryScreen) {
        return PracticeEntry.belowEntry(entryScreen, localization, () -> enter(null, false));
    }

    /** The 设置 page with practice mode on top; {@code enterFromShell} locks the real session first. */
    public javafx.scene.Node settingsSection(Runnable enterFromShell) {
        return PracticeEntry.settingsSection(localization, enterFromShell);
    }

    /**
     * Closes {@code realSession} (null: none is open), prepares the practice store and opens it; the window then
     * shows the practice shell through {@code opened}. When practice cannot start, the entry screen comes back.
     */
    public void enter(DeviceSession realSession, boolean fresh) {
        show.accept(PracticeEntry.busy(localization, "practice.starting"));
        executor.execute(progress -> {
            if (realSession != null) {
                realSession.close();
            }
            return open(starter.start(fresh));
        }, TaskCallbacks.of(this::entered, failure -> {
            dialogs.showError(new Message("practice.error.title"), new Message("practice.error.start"));
            showEntry.run();
        }));
    }

    private Entered open(PracticeRound round) throws Exception {
        try {
            char[] passphrase = round.passphrase();
            DeviceSession session;
            try {
                session = round.vault().unlock(passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            OpenedSession opened = OpenedSession.read(session, wiring);
            try {
                return new Entered(round, opened, opened.services().practiceActivity().get());
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (Exception | Error e) {
            round.close();
            throw e;
        }
    }

    private void entered(Entered entered) {
        PracticeRound started = entered.round();
        round = started;
        tour = new PracticeTour(entered.start());
        tourShown.set(true);
        platformLine.set(new Message("practice.platform.starting"));
        started.whenPlatformSettled(url -> Platform.runLater(() -> {
            if (round == started) {
                platformLine.set(new Message(url.isPresent() ? "practice.platform.ready" : "practice.platform.offline"));
            }
        }));
        opened.accept(entered.opened());
    }

    /**
     * The practice shell: banner above, tour beside. {@code leave} and {@code startOver} go back to the window,
     * which ends the session and hands it to {@link #leave}.
     */
    public Region frame(Region shell, Consumer<Workspace> open, Supplier<PracticeActivity> activity, Runnable leave,
                        Runnable startOver) {
        BorderPane frame = new BorderPane(shell);
        frame.setId("practiceFrame");
        frame.setTop(PracticeBanner.of(localization, platformLine, () -> tourShown.set(!tourShown.get()), startOver,
                leave));
        frame.setRight(PracticeTourView.of(new PracticeTourViewModel(tour, tourShown, open), localization));
        lookAtStoreWhileShown(activity);
        return frame;
    }

    private void lookAtStoreWhileShown(Supplier<PracticeActivity> activity) {
        stopLooking();
        PracticeTour watched = tour;
        boolean[] busy = new boolean[1];
        looking = new Timeline(new KeyFrame(LOOK_AGAIN, event -> {
            if (busy[0] || tour != watched) {
                return;
            }
            busy[0] = true;
            executor.execute(progress -> activity.get(), TaskCallbacks.of(now -> {
                busy[0] = false;
                if (tour == watched) {
                    watched.observe(now);
                }
            }, failure -> busy[0] = false));
        }));
        looking.setCycleCount(Animation.INDEFINITE);
        looking.play();
    }

    private void stopLooking() {
        if (looking != null) {
            looking.stop();
            looking = null;
        }
    }

    /** The 住户 workspace opened a household: the tour's first step. */
    public void residentOpened() {
        if (tour != null) {
            tour.residentOpened();
        }
    }

    /**
     * Closes the practice session (already taken from the window) and the practice platform, then shows the real
     * entry screen, or a fresh practice round when {@code startOver}.
     */
    public void leave(DeviceSession practiceSession, boolean startOver) {
        stopLooking();
        PracticeRound ending = round;
        round = null;
        tour = null;
        show.accept(PracticeEntry.busy(localization, "practice.leaving"));
        executor.execute(progress -> {
            try {
                if (practiceSession != null) {
                    practiceSession.close();
                }
            } finally {
                if (ending != null) {
                    ending.close();
                }
            }
            return ending;
        }, TaskCallbacks.of(closed -> {
            if (startOver) {
                enter(null, true);
            } else {
                showEntry.run();
            }
        }, failure -> {
            dialogs.showError(new Message("lock.error.title"), new Message("lock.error.close"));
            showEntry.run();
        }));
    }

    /** Window closing, after the session was closed: the practice platform stops too. */
    public void shutdown() {
        stopLooking();
        PracticeRound ending = round;
        round = null;
        tour = null;
        if (ending != null) {
            ending.close();
        }
    }
}
