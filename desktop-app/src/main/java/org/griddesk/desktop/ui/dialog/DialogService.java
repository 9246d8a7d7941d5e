package org.griddesk.desktop.ui.dialog;

import org.griddesk.desktop.ui.i18n.Message;

/** Every dialog of the app goes through here, so a view-model test can answer dialogs without a screen. */
public interface DialogService {

    void showInformation(Message title, Message content);

    void showError(Message title, Message content);

    boolean showConfirmation(Message title, Message content);
}
