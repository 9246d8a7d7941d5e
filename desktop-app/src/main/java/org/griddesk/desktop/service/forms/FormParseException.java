package org.griddesk.desktop.service.forms;

/** A template whose XForm JavaRosa cannot read; the message is JavaRosa's own, naming what is wrong. */
public final class FormParseException extends RuntimeException {

    public FormParseException(String formId, Throwable cause) {
        super("form " + formId + " cannot be read: " + cause.getMessage(), cause);
    }
}
