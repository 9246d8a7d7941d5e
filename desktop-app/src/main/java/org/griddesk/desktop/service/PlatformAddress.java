package org.griddesk.desktop.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * What counts as a county platform's address, in one place: an absolute http or https URL with a host. The sign-in
 * form, the sign-in and the stored setting all ask here, so none accepts what another refuses.
 */
public final class PlatformAddress {

    private PlatformAddress() {
    }

    /** The address without surrounding blanks, or empty when it is not one. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return web && uri.getHost() != null ? Optional.of(trimmed) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
