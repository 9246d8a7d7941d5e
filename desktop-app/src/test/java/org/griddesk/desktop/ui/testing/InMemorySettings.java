package org.griddesk.desktop.ui.testing;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.griddesk.desktop.service.SettingsService;

/** Settings kept in fields, following the contract of the real store (idle lock 1 to 240 minutes). */
public final class InMemorySettings implements SettingsService {

    private Locale language = Locale.SIMPLIFIED_CHINESE;
    private Duration idleLock = Duration.ofMinutes(15);
    private String platformUrl;
    private int visitDays = 30;
    private final String role;

    public InMemorySettings(String role) {
        this.role = role;
    }

    @Override
    public Locale language() {
        return language;
    }

    @Override
    public void setLanguage(Locale language) {
        this.language = language;
    }

    @Override
    public Duration idleLock() {
        return idleLock;
    }

    @Override
    public void setIdleLock(Duration idleLock) {
        if (idleLock.toMinutes() < 1 || idleLock.toMinutes() > 240) {
            throw new IllegalArgumentException("idle lock out of range");
        }
        this.idleLock = idleLock;
    }

    @Override
    public int visitIntervalDays() {
        return visitDays;
    }

    @Override
    public void setVisitIntervalDays(int days) {
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("visit interval out of range");
        }
        this.visitDays = days;
    }

    @Override
    public Optional<String> platformUrl() {
        return Optional.ofNullable(platformUrl);
    }

    @Override
    public void setPlatformUrl(String url) {
        this.platformUrl = url;
    }

    @Override
    public Optional<String> role() {
        return Optional.ofNullable(role);
    }
}
