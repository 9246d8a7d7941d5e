package org.griddesk.model.forms;

/** An XForm JavaRosa cannot run: not XML, not an XForm, or an expression or reference it refuses. */
public final class XFormException extends Exception {
    public XFormException(String message, Throwable cause) {
        super(message, cause);
    }

    public XFormException(String message) {
        super(message);
    }
}
