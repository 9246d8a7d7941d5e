package org.griddesk.desktop.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.device.DeviceServices;
import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.service.today.TodayTarget;
import org.griddesk.desktop.ui.applications.ApplicationsWorkspace;
import org.griddesk.desktop.ui.common.DisplayMode;
import org.griddesk.desktop.ui.common.LargeModeSwitch;
import org.griddesk.desktop.ui.common.EntryLanguageViewModel;
import org.griddesk.desktop.ui.common.OpenedSession;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.dialog.FxDialogService;
import org.griddesk.desktop.ui.firststart.FirstStartView;
import org.griddesk.desktop.ui.firststart.FirstStartViewModel;
import org.griddesk.desktop.ui.households.HouseholdsWorkspace;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.issues.FieldWorkspaces;
import org.griddesk.desktop.ui.practice.PracticeController;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.settings.SettingsContext;
import org.griddesk.desktop.ui.settings.SettingsView;
import org.griddesk.desktop.ui.settings.SettingsViewModel;
import org.griddesk.desktop.ui.review.ReviewWorkspace;
import org.griddesk.desktop.ui.shell.EmptyWorkspaces;
import org.griddesk.desktop.ui.shell.IdleLock;
import org.griddesk.desktop.ui.shell.ShellView;
import org.griddesk.desktop.ui.shell.ShellViewModel;
import org.griddesk.desktop.ui.shell.Workspace;
import org.griddesk.desktop.ui.statusbar.StatusBarView;
import org.griddesk.desktop.ui.statusbar.StatusBarViewModel;
import org.griddesk.desktop.ui.statusbar.StatusRefresher;
import org.griddesk.desktop.ui.sync.SyncWorkspace;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.today.TodayWorkspace;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.desktop.ui.unlock.UnlockView;
import org.griddesk.desktop.ui.unlock.UnlockViewModel;

/**
 * The one scene of the app and which screen it shows: first start or unlock while the store is closed, the
 * shell while it is open. Locking drops the shell entirely, so nothing that was open stays in memory.
 */
public final class MainWindow {

    private static final String STYLESHEET = "/org/griddesk/desktop/ui/griddesk.css";

    private final UiStartup startup;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Localization localization;
    private final StackPane host = new StackPane();
    private final Scene scene;
    private final DialogService dialogs;
    private final DisplayMode display;
    private ActiveSession active;
    private FieldWorkspaces fieldWorkspaces;
    private final Optional<PracticeController> practice;

    public MainWindow(UiStartup startup, TaskExecutor executor, Clock clock) {
        this.startup = startup;
        this.executor = executor;
        this.clock = clock;
        this.localization = new Localization(startup.languageStore().read().orElse(Localization.CHINESE));
        Theme.apply();
        host.setId("mainHost");
        host.getStyleClass().add("griddesk");
        this.scene = new Scene(host, 1180, 760);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        this.dialogs = new FxDialogService(localization, scene::getWindow);
        this.practice = startup.practice().map(starter -> new PracticeController(starter, localization, executor,
                dialogs, this::show, this::opened, this::showEntry, startup.wiring()));
        this.display = new DisplayMode(startup.displayStore(), executor, dialogs);
        DisplayScale.install(scene, host, display);
    }

    public Scene scene() {
        return scene;
    }

    public Localization localization() {
        return localization;
    }

    /** 长辈版 and zoom of this window. */
    public DisplayMode display() {
        return display;
    }

    /** First start when this data folder has no store yet, otherwise the unlock screen. */
    public void showEntry() {
        if (startup.vault().isInitialised()) {
            showUnlock();
        } else {
            showFirstStart();
        }
    }

    private void showFirstStart() {
        FirstStartView view = new FirstStartView(
                new FirstStartViewModel(startup.vault(), startup.wiring(), startup.assessor(), executor, this::opened),
                entryLanguage(), localization);
        show(withPracticeEntry(view.root()));
        view.focus();
    }

    private Region withPracticeEntry(Region entryScreen) {
        return practice.map(controller -> controller.withEntry(entryScreen)).orElse(entryScreen);
    }

    private void showUnlock() {
        UnlockView view = new UnlockView(
                new UnlockViewModel(startup.vault(), startup.wiring(), executor, clock, this::opened, startup.demo()),
                entryLanguage(), localization);
        show(withPracticeEntry(view.root()));
        view.focus();
    }

    private EntryLanguageViewModel entryLanguage() {
        return new EntryLanguageViewModel(localization, startup.languageStore(), executor);
    }

    private void opened(OpenedSession opened) {
        keepShownLanguage(opened);
        StatusBarViewModel status = new StatusBarViewModel(ZoneId.systemDefault());
        StatusRefresher refresher = new StatusRefresher(opened.session().status(), StatusRefresher.DEFAULT_PERIOD,
                status::apply);
        IdleLock idleLock = new IdleLock(scene, opened.idleLock(), this::lock);
        active = new ActiveSession(opened.session(), idleLock, refresher);
        SettingsContext settings = new SettingsContext(opened.session(), startup.languageStore(), localization,
                executor, dialogs, startup.assessor());
        DeviceServices services = opened.services();
        fieldWorkspaces = services.fieldWork()
                .map(work -> new FieldWorkspaces(work, localization, executor, dialogs)).orElse(null);
        Supplier<Region> sync = SyncWorkspace.lazy(services.sync(), services.updates(), executor, dialogs,
                localization);
        Supplier<Region> review = ReviewWorkspace.lazy(services.review(), executor, localization);
        Optional<ApplicationsWorkspace> applicationsWorkspace = ApplicationsWorkspace.of(services.applications(),
                executor, dialogs, localization);
        Supplier<Region> applications = ApplicationsWorkspace.lazy(applicationsWorkspace, localization);
        ShellViewModel shellModel = new ShellViewModel(opened.supervisor());
        services.sync().ifPresent(signIns -> signIns.onAccountChanged(account -> Platform.runLater(() ->
                shellModel.reviewerProperty().set(account.filter(SignedInAccount::reviews).isPresent()))));
        HouseholdsWorkspace.Lazy households = HouseholdsWorkspace.lazy(services.households(), executor, dialogs,
                localization, residentId -> applicationsWorkspace.ifPresent(workspace -> {
                    shellModel.open(Workspace.APPLICATIONS);
                    workspace.viewModel().startFor(residentId);
                }), () -> practice.ifPresent(PracticeController::residentOpened));
        Supplier<Region> today = TodayWorkspace.lazy(services.today(), executor, localization,
                target -> openTarget(target, shellModel, households, applicationsWorkspace));
        ShellView shell = new ShellView(shellModel, localization,
                workspace -> workspace == Workspace.TODAY ? today.get()
                        : workspace == Workspace.HOUSEHOLDS ? households.get()
                        : fieldWorkspaces != null && workspace == Workspace.MAP ? fieldWorkspaces.map()
                        : fieldWorkspaces != null && workspace == Workspace.ISSUES ? fieldWorkspaces.issues()
                        : workspace == Workspace.SYNC ? sync.get()
                        : workspace == Workspace.APPLICATIONS ? applications.get()
                        : workspace == Workspace.REVIEW ? review.get()
                        : workspace == Workspace.SETTINGS
                        ? withPracticeSettings(new SettingsView(new SettingsViewModel(settings, opened.idleLock(),
                                idleLock::setTimeout), localization, display)).build()
                        : EmptyWorkspaces.of(workspace, localization),
                StatusBarView.of(status, localization));
        shell.addRailFooter(LargeModeSwitch.create("largeModeSwitch", display, localization));
        show(practising().map(controller -> controller.frame(shell.root(), shellModel::open,
                services.practiceActivity(), () -> leavePractice(false), () -> leavePractice(true)))
                .orElse(shell.root()));
        shell.focusRail();
        services.startBackground().run();
        active.start();
    }

    /** A line of 今日 opens the workspace that acts on it, on its record (opening builds or re-reads it first). */
    private void openTarget(TodayTarget target, ShellViewModel shellModel, HouseholdsWorkspace.Lazy households,
                            Optional<ApplicationsWorkspace> applications) {
        switch (target.place()) {
            case HOUSEHOLD -> {
                shellModel.open(Workspace.HOUSEHOLDS);
                households.showHousehold(target.id());
            }
            case ISSUE -> {
                shellModel.open(Workspace.ISSUES);
                if (fieldWorkspaces != null) {
                    fieldWorkspaces.showIssue(target.id());
                }
            }
            case APPLICATION -> {
                shellModel.open(Workspace.APPLICATIONS);
                applications.ifPresent(workspace -> workspace.viewModel().showApplication(target.id()));
            }
            case SYNC -> shellModel.open(Workspace.SYNC);
        }
    }

    /**
     * The language on screen was read from the file beside the store or just chosen on the entry screen, so it
     * is the worker's latest choice; the store learns it if it still holds another one.
     */
    private void keepShownLanguage(OpenedSession opened) {
        Locale shown = localization.getLocale();
        if (shown.equals(Localization.supported(opened.language()))) {
            return;
        }
        executor.execute(progress -> {
            opened.session().settings().setLanguage(shown);
            return shown;
        }, TaskCallbacks.of(saved -> { }, failure -> dialogs.showError(
                new Message("settings.error.title"), new Message("settings.language.error.save"))));
    }

    private Optional<PracticeController> practising() {
        return practice.filter(PracticeController::practising);
    }

    /** 设置 offers practice mode in a real session only; entering it locks the real session first. */
    private SettingsView withPracticeSettings(SettingsView settings) {
        practice.filter(controller -> !controller.practising())
                .ifPresent(controller -> settings.withSection(controller.settingsSection(() -> {
                    DeviceSession real = endActive();
                    if (real != null) {
                        controller.enter(real, false);
                    }
                })));
        return settings;
    }

    /** Leaving (or starting over) closes the practice store and platform; the real store stays closed meanwhile. */
    private void leavePractice(boolean startOver) {
        practising().ifPresent(controller -> controller.leave(endActive(), startOver));
    }

    /** Stops the session's timers and workspaces and hands the session back for closing; null when none is open. */
    private DeviceSession endActive() {
        if (active == null) {
            return null;
        }
        DeviceSession session = active.end();
        active = null;
        closeFieldWorkspaces();
        return session;
    }

    /**
     * Closes the session and returns to the unlock screen once the store is really closed. In practice mode the idle
     * lock leaves practice, which returns to the real unlock screen the same way.
     */
    public void lock() {
        if (practising().isPresent()) {
            leavePractice(false);
            return;
        }
        DeviceSession session = endActive();
        if (session == null) {
            return;
        }
        show(new StackPane());
        executor.execute(progress -> {
            session.close();
            return session;
        }, TaskCallbacks.of(closed -> showUnlock(), failure -> {
            dialogs.showError(new Message("lock.error.title"), new Message("lock.error.close"));
            showUnlock();
        }));
    }

    /** Window closing: the store is closed before the JVM exits, so Derby is left consistent. */
    public void shutdown() {
        DeviceSession session = active == null ? null : active.end();
        active = null;
        closeFieldWorkspaces();
        // A save still running (language, idle lock, new passphrase) finishes before the store closes under it.
        executor.shutdown();
        if (session != null) {
            session.close();
        }
        practice.ifPresent(PracticeController::shutdown);
    }

    /** Map files opened by the 地图 workspace stay open while shown; they close with the session. */
    private void closeFieldWorkspaces() {
        if (fieldWorkspaces != null) {
            fieldWorkspaces.close();
            fieldWorkspaces = null;
        }
    }

    private void show(Region screen) {
        host.getChildren().setAll(screen);
    }
}
