package org.griddesk.desktop.service;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Preferences kept inside the encrypted store (the language is mirrored outside so the unlock screen can use it). */
public interface SettingsService {

    /** The idle lock a worker may choose: the 设置 form and the store check the same bounds. */
    Duration MIN_IDLE_LOCK = Duration.ofMinutes(1);
    Duration MAX_IDLE_LOCK = Duration.ofMinutes(240);

    Locale language();

    void setLanguage(Locale language);

    Duration idleLock();

    /** Between MIN_IDLE_LOCK and MAX_IDLE_LOCK; anything else is refused with IllegalArgumentException. */
    void setIdleLock(Duration idleLock);

    Optional<String> platformUrl();

    void setPlatformUrl(String url);

    /**
     * 今日 lists a household of someone aged 80 or over, living alone, on 低保 or with a disability when nobody
     * visited it for this many days.
     */
    int visitIntervalDays();

    /** Between 1 and 365 days; anything else is refused with IllegalArgumentException. */
    void setVisitIntervalDays(int days);

    /** The folder a scanner saves its pictures to, for the image questions of applications; empty when unset. */
    default Optional<String> scannerFolder() {
        return Optional.empty();
    }

    /**
     * An existing folder given by its absolute path; a blank value forgets it. Anything else is refused with
     * IllegalArgumentException. Reads the file system: call it off the FX thread.
     */
    default void setScannerFolder(String folder) {
        throw new UnsupportedOperationException("these settings keep no scanner folder");
    }

    /** The role of the signed-in account: worker, supervisor or admin; empty before the first sign-in. */
    Optional<String> role();
}
