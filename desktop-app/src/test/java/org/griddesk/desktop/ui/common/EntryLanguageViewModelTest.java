package org.griddesk.desktop.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import javafx.beans.binding.StringBinding;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.InMemoryLanguageStore;
import org.junit.jupiter.api.Test;

class EntryLanguageViewModelTest {

    private final Localization localization = new Localization(Localization.CHINESE);
    private final InMemoryLanguageStore store = new InMemoryLanguageStore();
    private final EntryLanguageViewModel viewModel =
            new EntryLanguageViewModel(localization, store, new CurrentThreadTaskExecutor());

    @Test
    void linkOffersTheOtherLanguageAndSwitchesEverythingBoundToIt() {
        StringBinding unlockButton = localization.bind("unlock.button");
        assertEquals(new Message("language.english"), viewModel.otherLanguageProperty().get());
        assertEquals("解锁", unlockButton.get());

        viewModel.switchLanguage();
        assertEquals("Unlock", unlockButton.get());
        assertEquals(new Message("language.chinese"), viewModel.otherLanguageProperty().get());
        assertEquals(Optional.of(Localization.ENGLISH), store.read());

        viewModel.switchLanguage();
        assertEquals("解锁", unlockButton.get());
        assertEquals(Optional.of(Localization.CHINESE), store.read());
    }
}
