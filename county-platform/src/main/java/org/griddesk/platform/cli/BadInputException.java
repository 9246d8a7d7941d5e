package org.griddesk.platform.cli;

/** Input on the command line that cannot be used; ends the command with the usage exit code. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
