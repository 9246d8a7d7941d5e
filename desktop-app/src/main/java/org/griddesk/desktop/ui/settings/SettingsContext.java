package org.griddesk.desktop.ui.settings;

import org.griddesk.desktop.service.DeviceSession;
import org.griddesk.desktop.ui.common.LanguageStore;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.passphrase.PassphraseAssessor;
import org.griddesk.desktop.ui.task.TaskExecutor;

/** What the settings workspace works with, handed over in one piece from where the app is wired. */
public record SettingsContext(DeviceSession session, LanguageStore languageStore, Localization localization,
                              TaskExecutor executor, DialogService dialogs, PassphraseAssessor assessor) {
}
