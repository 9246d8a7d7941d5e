package org.griddesk.desktop.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import org.griddesk.desktop.ui.i18n.Localization;
import org.junit.jupiter.api.Test;

/** Dialog buttons speak the app's language, not the JVM's ("OK" on a Chinese screen). */
class FxDialogServiceTest {

    @Test
    void buttonsAreNamedFromTheAppsBundles() {
        FxDialogService chinese = new FxDialogService(new Localization(Localization.CHINESE), () -> null);
        assertEquals(List.of("确定"), texts(chinese.buttons(Alert.AlertType.INFORMATION)));
        assertEquals(List.of("确定", "取消"), texts(chinese.buttons(Alert.AlertType.CONFIRMATION)));
        assertEquals(ButtonBar.ButtonData.OK_DONE, chinese.buttons(Alert.AlertType.ERROR).get(0).getButtonData());
        FxDialogService english = new FxDialogService(new Localization(Localization.ENGLISH), () -> null);
        assertEquals(List.of("OK", "Cancel"), texts(english.buttons(Alert.AlertType.CONFIRMATION)));
    }

    private static List<String> texts(List<ButtonType> buttons) {
        return buttons.stream().map(ButtonType::getText).toList();
    }
}
