package org.griddesk.desktop.app;

/** Starts the desktop GUI and returns once its window has been closed. */
@FunctionalInterface
public interface GuiStarter {

    void start(LaunchOptions options) throws Exception;
}
