package org.griddesk.desktop.service.sync;

import java.util.Map;
import java.util.function.Supplier;

import org.griddesk.desktop.service.EncryptedDeviceSession;

/**
 * The names the platform gave for the signed-in account's grids, by code, for any workspace that shows grids.
 * Read afresh on each call, so signing in or out on the 同步 workspace shows the next time another one asks.
 */
public final class GridNames {

    private final Supplier<Map<String, String>> source;

    private GridNames(Supplier<Map<String, String>> source) {
        this.source = source;
    }

    /** The names kept with the signed-in account; none while signed out or signed in to an older platform. */
    public static GridNames ofSignedInAccount(SyncAccountStore accounts) {
        return new GridNames(() -> accounts.account().map(SignedInAccount::gridNames).orElse(Map.of()));
    }

    /**
     * The names this device knows: those of the grid records it holds (pulled, with their boundaries) and those kept
     * with the signed-in account, which win.
     */
    public static GridNames of(EncryptedDeviceSession session) {
        SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
        return new GridNames(() -> {
            Map<String, String> names = new java.util.LinkedHashMap<>();
            new org.griddesk.desktop.service.issues.GridBoundaries(session.records()::localViews).known()
                    .forEach(place -> {
                        if (!place.name().isBlank()) {
                            names.put(place.code(), place.name());
                        }
                    });
            accounts.account().map(SignedInAccount::gridNames).ifPresent(names::putAll);
            return names;
        });
    }

    /** For sessions that cannot sign in at all: every grid goes by its code. */
    public static GridNames none() {
        return new GridNames(Map::of);
    }

    /** Reads the settings store: call it off the FX thread. */
    public Map<String, String> byCode() {
        return Map.copyOf(source.get());
    }
}
