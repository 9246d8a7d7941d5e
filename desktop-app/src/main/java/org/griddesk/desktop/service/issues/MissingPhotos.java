package org.griddesk.desktop.service.issues;

import java.util.Optional;

/** Fetches a photo this laptop does not hold (one taken on another device) from the platform, when it is shown. */
@FunctionalInterface
public interface MissingPhotos {

    MissingPhotos NONE = sha256 -> Optional.empty();

    /** The photo's bytes, checked against their name and now kept on the laptop; empty when it cannot be had now. */
    Optional<byte[]> fetch(String sha256);
}
