package org.griddesk.desktop.app.demo;

/** Where the demo platform's start-up is; the UI translates the stage, the detail is for logs. */
public record DemoProgress(Stage stage, String detail) {

    public enum Stage {
        NOT_STARTED,
        LOCATING_JAR,
        CREATING_ACCOUNTS,
        STARTING_SERVER,
        READY,
        FAILED,
        STOPPED
    }
}
