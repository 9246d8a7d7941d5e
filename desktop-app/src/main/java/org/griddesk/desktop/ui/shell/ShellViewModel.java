package org.griddesk.desktop.ui.shell;

import java.util.Arrays;
import java.util.List;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which workspaces the signed-in role may see and which one is open: 今日 first, the worker's day on one page.
 * The role can change while the store is open (a supervisor signs in on 同步), and the rail follows it.
 */
public final class ShellViewModel {

    private final BooleanProperty reviewer = new SimpleBooleanProperty(this, "reviewer");
    private final BooleanExpression always = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();
    private final ObjectProperty<Workspace> selected = new SimpleObjectProperty<>(this, "selected", Workspace.TODAY);

    public ShellViewModel(boolean reviewer) {
        this.reviewer.set(reviewer);
        this.reviewer.addListener((observable, before, now) -> {
            if (!now && selected.get().supervisorsOnly()) {
                selected.set(Workspace.TODAY); // signed out of a supervisor's account while its queue was open
            }
        });
    }

    /** The workspaces shown now, in rail order. */
    public List<Workspace> workspaces() {
        return Arrays.stream(Workspace.values()).filter(this::isShown).toList();
    }

    /** Every workspace the rail may show, whether shown now or not. */
    public List<Workspace> allWorkspaces() {
        return List.of(Workspace.values());
    }

    /** True while the workspace is in the rail. */
    public BooleanExpression shown(Workspace workspace) {
        return workspace.supervisorsOnly() ? reviewer : always;
    }

    /** True while a supervisor's or an administrator's account is signed in. */
    public BooleanProperty reviewerProperty() {
        return reviewer;
    }

    public ObjectProperty<Workspace> selectedProperty() {
        return selected;
    }

    public void open(Workspace workspace) {
        if (isShown(workspace)) {
            selected.set(workspace);
        }
    }

    private boolean isShown(Workspace workspace) {
        return !workspace.supervisorsOnly() || reviewer.get();
    }
}
