package org.griddesk.desktop.ui.common;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * The language link on the screens before unlocking: someone who does not read Chinese must be able to set up
 * and unlock GridDesk too. Only the file beside the store is written; the shell carries the choice into the
 * store once it is open.
 */
public final class EntryLanguageViewModel {

    private final Localization localization;
    private final LanguageStore languageStore;
    private final TaskExecutor executor;
    private final ObjectBinding<Message> otherLanguage;

    public EntryLanguageViewModel(Localization localization, LanguageStore languageStore, TaskExecutor executor) {
        this.localization = localization;
        this.languageStore = languageStore;
        this.executor = executor;
        this.otherLanguage = Bindings.createObjectBinding(
                () -> new Message(isEnglish() ? "language.chinese" : "language.english"),
                localization.localeProperty());
    }

    public void switchLanguage() {
        Locale next = isEnglish() ? Localization.CHINESE : Localization.ENGLISH;
        localization.setLocale(next);
        // Losing this file only means the next start opens in Chinese again, so a failure is not worth a dialog.
        executor.execute(progress -> {
            languageStore.write(next);
            return next;
        }, TaskCallbacks.of(saved -> { }, failure -> { }));
    }

    /** The name of the language the link switches to, written in that language. */
    public ObjectBinding<Message> otherLanguageProperty() {
        return otherLanguage;
    }

    private boolean isEnglish() {
        return Localization.ENGLISH.equals(localization.getLocale());
    }
}
