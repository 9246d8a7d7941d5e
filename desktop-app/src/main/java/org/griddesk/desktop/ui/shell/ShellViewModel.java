package org.griddesk.desktop.ui.shell;

import java.util.Arrays;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Which workspaces the signed-in role may see and which one is open: 今日 first, the worker's day on one page. */
public final class ShellViewModel {

    private final List<Workspace> workspaces;
    private final ObjectProperty<Workspace> selected = new SimpleObjectProperty<>(this, "selected", Workspace.TODAY);

    public ShellViewModel(boolean supervisor) {
        this.workspaces = Arrays.stream(Workspace.values())
                .filter(workspace -> supervisor || !workspace.supervisorsOnly())
                .toList();
    }

    public List<Workspace> workspaces() {
        return workspaces;
    }

    public ObjectProperty<Workspace> selectedProperty() {
        return selected;
    }

    public void open(Workspace workspace) {
        if (workspaces.contains(workspace)) {
            selected.set(workspace);
        }
    }
}
