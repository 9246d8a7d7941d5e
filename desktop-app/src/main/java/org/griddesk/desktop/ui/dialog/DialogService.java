package org.griddesk.desktop.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

import org.griddesk.desktop.ui.i18n.Message;

/** Every dialog of the app goes through here, so a view-model test can answer dialogs without a screen. */
public interface DialogService {

    void showInformation(Message title, Message content);

    void showError(Message title, Message content);

    boolean showConfirmation(Message title, Message content);

    /**
     * Asks where to save a file, offering {@code fileName}; empty when cancelled. Without a screen there is nobody to
     * ask, so the default answers empty.
     */
    default Optional<Path> chooseFileToSave(Message title, String fileName, Message filterName, String pattern) {
        return Optional.empty();
    }

    /** Asks which file to open among those matching {@code patterns}; empty when cancelled (and without a screen). */
    default Optional<Path> chooseFileToOpen(Message title, Message filterName, String... patterns) {
        return Optional.empty();
    }
}
