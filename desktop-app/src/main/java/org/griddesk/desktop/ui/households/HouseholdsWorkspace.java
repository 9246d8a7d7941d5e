package org.griddesk.desktop.ui.households;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.layout.Region;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.registry.FormDrafts;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.sync.GridNames;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.shell.EmptyWorkspaces;
import org.griddesk.desktop.ui.shell.Workspace;
import org.griddesk.desktop.ui.task.TaskExecutor;

/** Wires the 住户 workspace onto an unlocked encrypted session: registry, drafts, view-model and view. */
public final class HouseholdsWorkspace {

    private HouseholdsWorkspace() {
    }

    /**
     * Built on first opening and kept for the session (with its open form and undo history); each later opening
     * re-reads the store in the background, so what a sync pulled in shows. The honest empty state when the
     * session has no encrypted store.
     */
    public static Supplier<Region> lazy(DeviceSession session, TaskExecutor executor, DialogService dialogs,
                                        Localization localization) {
        return lazy(session, executor, dialogs, localization, residentId -> { });
    }

    /** The lazily built workspace, which other workspaces (今日) can ask to show a household. */
    public interface Lazy extends Supplier<Region> {
        /** Shows the household in the built workspace; open the workspace first (that builds it). */
        void showHousehold(String householdId);
    }

    /** As above; 代办申请 on a member calls {@code startApplication} with the resident's id. */
    public static Lazy lazy(DeviceSession session, TaskExecutor executor, DialogService dialogs,
                            Localization localization, java.util.function.Consumer<String> startApplication) {
        return lazy(session, executor, dialogs, localization, startApplication, () -> { });
    }

    /** As above; {@code householdOpened} runs each time a household's details are shown (the practice tour). */
    public static Lazy lazy(DeviceSession session, TaskExecutor executor, DialogService dialogs,
                            Localization localization, java.util.function.Consumer<String> startApplication,
                            Runnable householdOpened) {
        Region[] built = new Region[1];
        HouseholdsViewModel[] viewModel = new HouseholdsViewModel[1];
        Supplier<Region> supplier = () -> {
            if (built[0] == null) {
                viewModel[0] = viewModelOf(session, executor, dialogs, localization).orElse(null);
                if (viewModel[0] != null) {
                    viewModel[0].setApplicationStarter(startApplication);
                    viewModel[0].detailProperty().addListener((observable, before, now) -> {
                        if (now != null) {
                            householdOpened.run();
                        }
                    });
                }
                built[0] = viewModel[0] == null ? EmptyWorkspaces.of(Workspace.HOUSEHOLDS, localization)
                        : new HouseholdsView(viewModel[0], localization).build();
                if (viewModel[0] != null) {
                    viewModel[0].load();
                }
            } else if (viewModel[0] != null) {
                viewModel[0].reload();
            }
            return built[0];
        };
        return new Lazy() {
            @Override
            public Region get() {
                return supplier.get();
            }

            @Override
            public void showHousehold(String householdId) {
                if (viewModel[0] != null) {
                    viewModel[0].show(householdId);
                }
            }
        };
    }

    /** Empty when the session has no encrypted store to keep households in. */
    public static Optional<Region> of(DeviceSession session, TaskExecutor executor, DialogService dialogs,
                                      Localization localization) {
        return viewModelOf(session, executor, dialogs, localization).map(viewModel -> {
            Region view = new HouseholdsView(viewModel, localization).build();
            viewModel.load();
            return view;
        });
    }

    private static Optional<HouseholdsViewModel> viewModelOf(DeviceSession session, TaskExecutor executor,
                                                             DialogService dialogs, Localization localization) {
        if (!(session instanceof EncryptedDeviceSession encrypted)) {
            return Optional.empty();
        }
        FormDrafts drafts = Registries.drafts(encrypted);
        DraftStore draftStore = new DraftStore() {
            @Override
            public Optional<Map<String, String>> read(String form) {
                return drafts.read(form);
            }

            @Override
            public void write(String form, Map<String, String> fields) {
                drafts.write(form, fields);
            }

            @Override
            public void discard(String form) {
                drafts.discard(form);
            }
        };
        // visits and audited reveals carry the signed-in worker's name, the device id before the first sign-in
        HouseholdsViewModel viewModel = new HouseholdsViewModel(progress -> Registries.open(encrypted,
                Registries.signedInWorker(encrypted)), draftStore, executor, dialogs, localization, GridNames.of(encrypted));
        viewModel.visitRatings().use(progress -> Applications.ratings(encrypted));
        return Optional.of(viewModel);
    }
}
