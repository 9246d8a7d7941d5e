package org.griddesk.desktop.service.sync;

import java.net.URI;
import java.util.Locale;

/** Compares platform addresses as a connection would: scheme, host and port, whatever the spelling. */
public final class PlatformAddress {

    private PlatformAddress() {
    }

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
