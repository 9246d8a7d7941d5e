package org.griddesk.desktop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    @Test
    void reviewIsForSupervisorsOnly() {
        assertFalse(new ShellViewModel(false).workspaces().contains(Workspace.REVIEW));
        assertTrue(new ShellViewModel(true).workspaces().contains(Workspace.REVIEW));
        assertEquals(6, new ShellViewModel(false).workspaces().size());
    }

    @Test
    void householdsOpenFirstAndAHiddenWorkspaceCannotBeOpened() {
        ShellViewModel worker = new ShellViewModel(false);
        assertEquals(Workspace.HOUSEHOLDS, worker.selectedProperty().get());
        worker.open(Workspace.REVIEW);
        assertEquals(Workspace.HOUSEHOLDS, worker.selectedProperty().get());
        worker.open(Workspace.SETTINGS);
        assertEquals(Workspace.SETTINGS, worker.selectedProperty().get());
    }
}
