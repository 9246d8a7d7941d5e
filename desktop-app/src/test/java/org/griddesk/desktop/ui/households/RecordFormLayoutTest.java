package org.griddesk.desktop.ui.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.griddesk.desktop.service.registry.SaveOutcome;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.model.validation.IdentityNumbers;
import org.griddesk.model.validation.ValidationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The resident form on a screen: errors keep their line, the date says its format, a former code its note. */
@ExtendWith(ApplicationExtension.class)
class RecordFormLayoutTest {

    private Stage stage;
    private RecordFormViewModel form;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        form = new RecordFormViewModel(RecordType.RESIDENT, null, HouseholdForms.RESIDENT_FORM,
                (id, values) -> new SaveOutcome(java.util.Optional.empty(), List.of()), new CurrentThreadTaskExecutor(),
                new RecordingDialogService(), saved -> { }, () -> { },
                new FormDraftKeeper(new NoDrafts(), new CurrentThreadTaskExecutor()));
        Region root = new RecordFormView(form, new Localization(Locale.SIMPLIFIED_CHINESE)).build();
        stage.setScene(new Scene(root, 600, 900));
        stage.show();
    }

    private static Bounds where(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    @Test
    void errorsAppearingMoveNeitherTheFieldsNorTheButtons(FxRobot robot) {
        Button save = robot.lookup("#saveFormButton").queryButton();
        Node phone = robot.lookup("#field-phone").query();
        double saveBefore = where(save).getMinY();
        double phoneBefore = where(phone).getMinY();

        robot.interact(() -> form.fields().show(List.of(FieldProblem.of(ResidentFields.NAME, ValidationCode.REQUIRED),
                FieldProblem.of(ResidentFields.BIRTH_DATE, ValidationCode.DATE_FORMAT))));
        Label error = robot.lookup("#error-name").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals(saveBefore, where(save).getMinY(), 0.5);
        assertEquals(phoneBefore, where(phone).getMinY(), 0.5);

        robot.interact(() -> form.fields().show(List.of()));
        assertEquals(saveBefore, where(save).getMinY(), 0.5);
    }

    @Test
    void theDateFieldSaysItsFormatBeforeAnyMistake(FxRobot robot) {
        assertTrue(robot.lookup("#hint-birthDate").queryAs(Label.class).getText().contains("年-月-日"));
        assertTrue(robot.lookup("#field-birthDate").queryAs(TextField.class).getPromptText().contains("1990-03-07"));
    }

    @Test
    void typingAFormerCountysNumberFillsTheFormAndShowsTheNote(FxRobot robot) {
        String first17 = "51220119650304001";
        robot.interact(() -> form.fields().value(ResidentFields.ID_NUMBER)
                .set(first17 + IdentityNumbers.checkCharacter(first17)));
        assertEquals("1965-03-04", robot.lookup("#field-birthDate").queryAs(TextField.class).getText());
        Label note = robot.lookup("#note-idNumber").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertTrue(note.getText().contains("万县市"), note.getText());
    }
}
