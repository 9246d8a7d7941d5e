package org.griddesk.desktop.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Message;

/** Remembers every dialog a view-model asked for and answers confirmations as told. */
public final class RecordingDialogService implements DialogService {

    public record Shown(String kind, Message title, Message content) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private boolean confirm;

    public void answerConfirmationsWith(boolean answer) {
        this.confirm = answer;
    }

    @Override
    public void showInformation(Message title, Message content) {
        shown.add(new Shown("information", title, content));
    }

    @Override
    public void showError(Message title, Message content) {
        shown.add(new Shown("error", title, content));
    }

    @Override
    public boolean showConfirmation(Message title, Message content) {
        shown.add(new Shown("confirmation", title, content));
        return confirm;
    }

    private java.nio.file.Path fileChoice;

    /** The file a save or open dialog answers with; none (cancelled) unless told. */
    public void answerFileChoicesWith(java.nio.file.Path file) {
        this.fileChoice = file;
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToSave(Message title, String fileName, Message filterName,
                                                                    String pattern) {
        shown.add(new Shown("save", title, filterName));
        return java.util.Optional.ofNullable(fileChoice);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFileToOpen(Message title, Message filterName,
                                                                    String... patterns) {
        shown.add(new Shown("open", title, filterName));
        return java.util.Optional.ofNullable(fileChoice);
    }

    public List<Shown> shown() {
        return shown;
    }
}
