package org.griddesk.desktop.service;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.griddesk.desktop.store.SettingsTable;

/** Settings kept in the encrypted store; the language is mirrored to {@link LanguagePreference}. */
public final class StoredSettings implements SettingsService {

    static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(15);

    public static final int DEFAULT_VISIT_DAYS = 30;
    public static final int MIN_VISIT_DAYS = 1;
    public static final int MAX_VISIT_DAYS = 365;
    private static final String VISIT_DAYS = "today_visit_days";
    /** The scanner's folder, read by the 代办 workspace too. */
    public static final String SCANNER_FOLDER = "scanner_folder";

    private final SettingsTable table;
    private final LanguagePreference mirror;

    public StoredSettings(SettingsTable table, LanguagePreference mirror) {
        this.table = table;
        this.mirror = mirror;
    }

    @Override
    public Locale language() {
        return table.get("language").map(Locale::forLanguageTag).orElseGet(mirror::read);
    }

    @Override
    public void setLanguage(Locale language) {
        table.put("language", language.toLanguageTag());
        mirror.write(language);
    }

    @Override
    public Duration idleLock() {
        return table.get("idle_lock_seconds").map(Long::parseLong).map(Duration::ofSeconds).orElse(DEFAULT_IDLE_LOCK);
    }

    @Override
    public void setIdleLock(Duration idleLock) {
        if (idleLock.compareTo(MIN_IDLE_LOCK) < 0 || idleLock.compareTo(MAX_IDLE_LOCK) > 0) {
            throw new IllegalArgumentException("idle lock must be between " + MIN_IDLE_LOCK.toMinutes() + " and "
                    + MAX_IDLE_LOCK.toMinutes() + " minutes: " + idleLock);
        }
        table.put("idle_lock_seconds", Long.toString(idleLock.toSeconds()));
    }

    @Override
    public int visitIntervalDays() {
        try {
            int days = table.get(VISIT_DAYS).map(Integer::parseInt).orElse(DEFAULT_VISIT_DAYS);
            return days < MIN_VISIT_DAYS || days > MAX_VISIT_DAYS ? DEFAULT_VISIT_DAYS : days;
        } catch (NumberFormatException e) {
            return DEFAULT_VISIT_DAYS;
        }
    }

    @Override
    public void setVisitIntervalDays(int days) {
        if (days < MIN_VISIT_DAYS || days > MAX_VISIT_DAYS) {
            throw new IllegalArgumentException("visit interval must be between 1 and 365 days: " + days);
        }
        table.put(VISIT_DAYS, Integer.toString(days));
    }

    @Override
    public Optional<String> platformUrl() {
        return table.get("platform_url");
    }

    /** Accepts an absolute http(s) URL; a blank value forgets the platform. */
    @Override
    public void setPlatformUrl(String url) {
        if (url == null || url.isBlank()) {
            table.remove("platform_url");
            return;
        }
        String address = PlatformAddress.parse(url)
                .orElseThrow(() -> new IllegalArgumentException("not an http(s) URL: " + url.trim()));
        table.put("platform_url", address);
    }

    @Override
    public Optional<String> scannerFolder() {
        return table.get(SCANNER_FOLDER);
    }

    @Override
    public void setScannerFolder(String folder) {
        if (folder == null || folder.isBlank()) {
            table.remove(SCANNER_FOLDER);
            return;
        }
        java.nio.file.Path path;
        try {
            path = java.nio.file.Path.of(folder.strip());
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("not a folder: " + folder.strip(), e);
        }
        if (!path.isAbsolute() || !java.nio.file.Files.isDirectory(path)) {
            throw new IllegalArgumentException("not an existing folder: " + folder.strip());
        }
        table.put(SCANNER_FOLDER, path.toAbsolutePath().normalize().toString());
    }

    @Override
    public Optional<String> role() {
        return table.get("role");
    }

    /** Recorded by the sign-in once the platform told which role the account has. */
    public void setRole(String role) {
        table.put("role", role);
    }
}
