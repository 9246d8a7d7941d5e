package org.griddesk.desktop.ui.households;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.layout.Region;

import org.griddesk.desktop.service.device.HouseholdServices;
import org.griddesk.desktop.service.registry.FormDrafts;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.shell.EmptyWorkspaces;
import org.griddesk.desktop.ui.shell.Workspace;
import org.griddesk.desktop.ui.task.TaskExecutor;

/** Builds the 住户 workspace on the session's household services: view-model and view. */
public final class HouseholdsWorkspace {

    private HouseholdsWorkspace() {
    }

    /**
     * Built on first opening and kept for the session (with its open form and undo history); each later opening
     * re-reads the store in the background, so what a sync pulled in shows. The honest empty state when the
     * session has no encrypted store ({@code households} empty).
     */
    public static Supplier<Region> lazy(Optional<HouseholdServices> households, TaskExecutor executor,
                                        DialogService dialogs, Localization localization) {
        return lazy(households, executor, dialogs, localization, residentId -> { });
    }

    /** The lazily built workspace, which other workspaces (今日) can ask to show a household. */
    public interface Lazy extends Supplier<Region> {
        /** Shows the household in the built workspace; open the workspace first (that builds it). */
        void showHousehold(String householdId);
    }

    /** As above; 代办申请 on a member calls {@code startApplication} with the resident's id. */
    public static Lazy lazy(Optional<HouseholdServices> households, TaskExecutor executor, DialogService dialogs,
                            Localization localization, java.util.function.Consumer<String> startApplication) {
        return lazy(households, executor, dialogs, localization, startApplication, () -> { });
    }

    /** As above; {@code householdOpened} runs each time a household's details are shown (the practice tour). */
    public static Lazy lazy(Optional<HouseholdServices> households, TaskExecutor executor, DialogService dialogs,
                            Localization localization, java.util.function.Consumer<String> startApplication,
                            Runnable householdOpened) {
        Region[] built = new Region[1];
        HouseholdsViewModel[] viewModel = new HouseholdsViewModel[1];
        Supplier<Region> supplier = () -> {
            if (built[0] == null) {
                viewModel[0] = households.map(services -> viewModelOf(services, executor, dialogs, localization))
                        .orElse(null);
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

    /** The workspace, built and loading. */
    public static Region of(HouseholdServices households, TaskExecutor executor, DialogService dialogs,
                            Localization localization) {
        HouseholdsViewModel viewModel = viewModelOf(households, executor, dialogs, localization);
        Region view = new HouseholdsView(viewModel, localization).build();
        viewModel.load();
        return view;
    }

    private static HouseholdsViewModel viewModelOf(HouseholdServices households, TaskExecutor executor,
                                                   DialogService dialogs, Localization localization) {
        FormDrafts drafts = households.drafts();
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
        HouseholdsViewModel viewModel = new HouseholdsViewModel(progress -> households.registry().get(), draftStore,
                executor, dialogs, localization, households.gridNames());
        viewModel.visitRatings().use(progress -> households.ratings().get());
        return viewModel;
    }
}
