package org.griddesk.model.forms;

/** The XLSForm types GridDesk converts, with the bind type and body control pyxform gives each. */
enum QuestionType {
    TEXT("string", "input"),
    INTEGER("int", "input"),
    DECIMAL("decimal", "input"),
    DATE("date", "input"),
    SELECT_ONE("string", "select1"),
    SELECT_MULTIPLE("string", "select"),
    NOTE("string", "input"),
    IMAGE("binary", "upload"),
    CALCULATE("string", null),
    GROUP(null, "group"),
    REPEAT(null, "repeat");

    private final String bindType;
    private final String control;

    QuestionType(String bindType, String control) {
        this.bindType = bindType;
        this.control = control;
    }

    String bindType() {
        return bindType;
    }

    String control() {
        return control;
    }

    boolean isSection() {
        return this == GROUP || this == REPEAT;
    }

    boolean isSelect() {
        return this == SELECT_ONE || this == SELECT_MULTIPLE;
    }
}
