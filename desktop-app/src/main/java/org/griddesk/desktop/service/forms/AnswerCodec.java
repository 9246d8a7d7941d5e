package org.griddesk.desktop.service.forms;

import java.util.ArrayList;
import java.util.List;

import org.javarosa.core.model.Constants;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.AnswerDataFactory;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.SelectMultiData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.data.UncastData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.form.api.FormEntryPrompt;

/** Answers travel as the instance's text; JavaRosa's own casts turn the text into typed answers and back. */
final class AnswerCodec {

    private AnswerCodec() {
    }

    /** Null for a blank answer; a text the type cannot hold is refused with IllegalArgumentException. */
    static IAnswerData parse(FormEntryPrompt prompt, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        int control = prompt.getControlType();
        if (control == Constants.CONTROL_SELECT_ONE) {
            return new SelectOneData(selection(prompt, value));
        }
        if (control == Constants.CONTROL_SELECT_MULTI) {
            List<Selection> selections = new ArrayList<>();
            for (String part : value.split("\\s+")) {
                selections.add(selection(prompt, part));
            }
            return new SelectMultiData(selections);
        }
        int dataType = prompt.getDataType();
        if (dataType == Constants.DATATYPE_TEXT || dataType == Constants.DATATYPE_BINARY
                || dataType == Constants.DATATYPE_NULL) {
            return new StringData(value);
        }
        IAnswerData typed;
        try {
            typed = AnswerDataFactory.templateByDataType(dataType).cast(new UncastData(value));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a value of type " + dataType, e);
        }
        if (typed == null || typed.getValue() == null) {
            throw new IllegalArgumentException("not a value of type " + dataType);
        }
        return typed;
    }

    static String text(IAnswerData data) {
        return data == null ? "" : data.uncast().getString();
    }

    private static Selection selection(FormEntryPrompt prompt, String value) {
        List<SelectChoice> choices = prompt.getSelectChoices();
        if (choices != null) {
            for (SelectChoice choice : choices) {
                if (choice.getValue().equals(value)) {
                    return choice.selection();
                }
            }
        }
        throw new IllegalArgumentException("not a choice of this question: " + value);
    }
}
