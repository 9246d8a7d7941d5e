package org.griddesk.desktop.ui.issues;

import javafx.scene.layout.Region;

import org.griddesk.desktop.service.map.FieldWork;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.map.MapWorkspaceView;
import org.griddesk.desktop.ui.map.MapWorkspaceViewModel;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * The 地图 and 事件 workspaces of one session. They share one map model, so a pin clicked on either map selects
 * the same issue, and they are built once: switching workspaces keeps the map where the worker left it.
 */
public final class FieldWorkspaces implements AutoCloseable {

    private final FieldWork work;
    private final Localization localization;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private MapWorkspaceViewModel mapModel;
    private IssuesViewModel issuesModel;
    private Region mapView;
    private Region issuesView;

    public FieldWorkspaces(FieldWork work, Localization localization, TaskExecutor executor, DialogService dialogs) {
        this.work = work;
        this.dialogs = dialogs;
        this.localization = localization;
        this.executor = executor;
    }

    public Region map() {
        if (mapView == null) {
            mapView = new MapWorkspaceView(mapModel(), localization).root();
        } else {
            mapModel().refreshRecords();
        }
        return mapView;
    }

    public Region issues() {
        if (issuesView == null) {
            issuesModel = new IssuesViewModel(work, mapModel(), executor);
            issuesView = new IssuesView(issuesModel, localization).root();
        }
        issuesModel.load();
        return issuesView;
    }

    /** Shows one issue in 事件; open the workspace first (that builds it). */
    public void showIssue(String issueId) {
        if (issuesModel != null) {
            issuesModel.show(issueId);
        }
    }

    private MapWorkspaceViewModel mapModel() {
        if (mapModel == null) {
            mapModel = new MapWorkspaceViewModel(work.map(), executor, dialogs);
            mapModel.load();
        }
        return mapModel;
    }

    @Override
    public void close() {
        work.close();
    }
}
