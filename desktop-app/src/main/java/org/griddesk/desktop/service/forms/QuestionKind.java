package org.griddesk.desktop.service.forms;

import org.javarosa.core.model.Constants;

/** The control a question needs on screen, from its XForm control and data type. */
public enum QuestionKind {
    TEXT, INTEGER, DECIMAL, DATE, SELECT_ONE, SELECT_MULTIPLE, IMAGE, SIGNATURE, NOTE, UNSUPPORTED;

    static QuestionKind of(int control, int dataType, String appearance, boolean readOnly) {
        if (control == Constants.CONTROL_SELECT_ONE) {
            return SELECT_ONE;
        }
        if (control == Constants.CONTROL_SELECT_MULTI) {
            return SELECT_MULTIPLE;
        }
        if (control == Constants.CONTROL_IMAGE_CHOOSE) {
            return appearance != null && appearance.contains("signature") ? SIGNATURE : IMAGE;
        }
        if (control != Constants.CONTROL_INPUT && control != Constants.CONTROL_TEXTAREA) {
            return UNSUPPORTED;
        }
        return switch (dataType) {
            case Constants.DATATYPE_TEXT, Constants.DATATYPE_NULL -> readOnly ? NOTE : TEXT;
            case Constants.DATATYPE_INTEGER, Constants.DATATYPE_LONG -> INTEGER;
            case Constants.DATATYPE_DECIMAL -> DECIMAL;
            case Constants.DATATYPE_DATE -> DATE;
            default -> UNSUPPORTED;
        };
    }
}
