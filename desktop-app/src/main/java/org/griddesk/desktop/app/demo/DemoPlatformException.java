package org.griddesk.desktop.app.demo;

/** The demo platform could not be started; the reason says what the person running the demo can do. */
public class DemoPlatformException extends Exception {

    public enum Reason {
        JAR_MISSING,
        SETUP_FAILED,
        TIMED_OUT,
        SERVER_FAILED
    }

    private final Reason reason;

    public DemoPlatformException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
