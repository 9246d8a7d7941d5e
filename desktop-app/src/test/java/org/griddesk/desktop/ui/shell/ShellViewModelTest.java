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
        assertEquals(7, new ShellViewModel(false).workspaces().size());
    }

    @Test
    void todayComesFirstAndOpensFirstAndAHiddenWorkspaceCannotBeOpened() {
        ShellViewModel worker = new ShellViewModel(false);
        assertEquals(Workspace.TODAY, worker.workspaces().get(0));
        assertEquals(Workspace.TODAY, worker.selectedProperty().get());
        assertEquals(Workspace.TODAY, new ShellViewModel(true).selectedProperty().get());
        worker.open(Workspace.REVIEW);
        assertEquals(Workspace.TODAY, worker.selectedProperty().get());
        worker.open(Workspace.SETTINGS);
        assertEquals(Workspace.SETTINGS, worker.selectedProperty().get());
    }

    @Test
    void reviewJoinsTheRailWhenASupervisorSignsInAndLeavesItOnSignOut() {
        ShellViewModel shell = new ShellViewModel(false);
        assertFalse(shell.shown(Workspace.REVIEW).get());

        shell.reviewerProperty().set(true);
        assertTrue(shell.shown(Workspace.REVIEW).get());
        assertTrue(shell.workspaces().contains(Workspace.REVIEW));
        shell.open(Workspace.REVIEW);
        assertEquals(Workspace.REVIEW, shell.selectedProperty().get());

        shell.reviewerProperty().set(false);
        assertFalse(shell.shown(Workspace.REVIEW).get());
        assertEquals(Workspace.TODAY, shell.selectedProperty().get(), "a hidden workspace does not stay open");
        assertTrue(shell.shown(Workspace.HOUSEHOLDS).get());
        assertEquals(shell.allWorkspaces().size(), shell.workspaces().size() + 1);
    }
}
