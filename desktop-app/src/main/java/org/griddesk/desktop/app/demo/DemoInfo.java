package org.griddesk.desktop.app.demo;

import java.util.Objects;

/**
 * Demo mode: the fixed passphrase of the demo store and the demo platform's accounts, shown openly on the
 * unlock screen because they protect made-up data only. The platform URL becomes known once it is running.
 */
public record DemoInfo(String passphrase, DemoAccounts accounts, DemoPlatform platform) {

    public DemoInfo {
        Objects.requireNonNull(passphrase, "passphrase");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(platform, "platform");
    }
}
