package org.griddesk.desktop.ui.common;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Demo mode only: the published demo passphrase and platform account, shown openly on the unlock screen.
 * They protect made-up data, so showing them is the point rather than a leak. The demo platform starts in the
 * background, so its address may only become known after the window is up.
 */
public record DemoNotice(String passphrase, Optional<String> platformUrl, Optional<String> platformUser,
                         Optional<String> platformPassword, PlatformUrlUpdates platformUrlUpdates) {

    /** Tells a listener the platform address once the demo platform is running (on any thread). */
    @FunctionalInterface
    public interface PlatformUrlUpdates {
        void whenKnown(Consumer<String> listener);
    }

    public DemoNotice {
        Objects.requireNonNull(passphrase, "passphrase");
        platformUrl = platformUrl == null ? Optional.empty() : platformUrl;
        platformUser = platformUser == null ? Optional.empty() : platformUser;
        platformPassword = platformPassword == null ? Optional.empty() : platformPassword;
        platformUrlUpdates = platformUrlUpdates == null ? listener -> { } : platformUrlUpdates;
    }

    /** For a platform whose address is already known (or absent). */
    public DemoNotice(String passphrase, Optional<String> platformUrl, Optional<String> platformUser,
                      Optional<String> platformPassword) {
        this(passphrase, platformUrl, platformUser, platformPassword, null);
    }
}
