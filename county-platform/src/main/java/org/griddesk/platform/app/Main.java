package org.griddesk.platform.app;

import org.griddesk.platform.cli.PlatformCommandLine;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // After SIGTERM, serve returns while shutdown hooks run; exit() then simply waits for them.
        System.exit(PlatformCommandLine.runOnConsole(new PlatformLauncher(), args));
    }
}
