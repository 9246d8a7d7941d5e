package org.griddesk.desktop.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
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

    /** Whether two addresses reach the same platform: scheme, host and port, whatever the spelling. */
    public static boolean same(String a, String b) {
        try {
            URI first = URI.create(a == null ? "" : a.trim());
            URI second = URI.create(b == null ? "" : b.trim());
            return first.getHost() != null && second.getHost() != null
                    && lower(first.getScheme()).equals(lower(second.getScheme()))
                    && lower(first.getHost()).equals(lower(second.getHost()))
                    && port(first) == port(second);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** 127.0.0.1, localhost or [::1]: a platform on this machine. */
    public static boolean isLoopback(String url) {
        try {
            String host = URI.create(url == null ? "" : url.trim()).getHost();
            return "127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host) || "[::1]".equals(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equals(lower(uri.getScheme())) ? 443 : 80;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
