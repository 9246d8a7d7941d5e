package org.griddesk.desktop.service.update;

import java.util.Optional;

/** The version of this build, from the jar's manifest (the pom's version); empty in a development build. */
public final class AppVersion {

    private AppVersion() {
    }

    public static Optional<String> current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        if (version == null || version.isBlank()) {
            return Optional.empty();
        }
        int qualifier = version.indexOf('-');
        return Optional.of(qualifier < 0 ? version : version.substring(0, qualifier));
    }

    /** Whether {@code candidate} is a later version than {@code current}: numbers compared part by part. */
    public static boolean newer(String candidate, String current) {
        String[] a = candidate.split("\\.");
        String[] b = current.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? number(a[i]) : 0;
            long y = i < b.length ? number(b[i]) : 0;
            if (x != y) {
                return x > y;
            }
        }
        return false;
    }

    private static long number(String part) {
        try {
            return Long.parseLong(part.replaceAll("[^0-9].*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
