package org.griddesk.platform.service.releases;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Versions, systems and architectures as package file names spell them. */
public final class ReleaseVersions {
    public static final Pattern VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,3}");
    /** griddesk_0.2.0_amd64.deb, griddesk-0.2.0-1.x86_64.rpm, GridDesk-0.2.0.msi, GridDesk-0.2.0.dmg */
    private static final Pattern IN_NAME = Pattern.compile("[_-](\\d{1,9}(?:\\.\\d{1,9}){0,3})(?=[_.-])");

    /** Newer versions sort last: 0.10.0 after 0.9.1, 1.0 equal to 1.0.0. */
    public static final Comparator<String> ORDER = ReleaseVersions::compare;

    private ReleaseVersions() {
    }

    public static Optional<String> fromFileName(String file) {
        Matcher m = IN_NAME.matcher(file);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static Optional<String> osOf(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".deb") || name.endsWith(".rpm") || name.endsWith(".tar.gz")) {
            return Optional.of("linux");
        }
        if (name.endsWith(".msi") || name.endsWith(".exe")) {
            return Optional.of("windows");
        }
        if (name.endsWith(".dmg") || name.endsWith(".pkg")) {
            return Optional.of("macos");
        }
        return Optional.empty();
    }

    public static String archOf(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.contains("arm64") || name.contains("aarch64") ? "arm64"
                : name.contains("loongarch64") || name.contains("loong64") ? "loong64" : "amd64";
    }

    static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }
}
