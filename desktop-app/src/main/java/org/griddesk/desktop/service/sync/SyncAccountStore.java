package org.griddesk.desktop.service.sync;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.griddesk.desktop.store.SettingsTable;

/** The device token and the account it belongs to, kept in the encrypted settings table. */
public final class SyncAccountStore {

    private static final String TOKEN = "sync_token";
    private static final String URL = "sync_platform_url";
    private static final String USERNAME = "sync_username";
    private static final String ROLE = "sync_role";
    private static final String GRIDS = "sync_grids";
    private static final String AUTO = "sync_auto";

    private final SettingsTable settings;

    public SyncAccountStore(SettingsTable settings) {
        this.settings = settings;
    }

    public Optional<String> token() {
        return settings.get(TOKEN).filter(token -> !token.isBlank());
    }

    public Optional<SignedInAccount> account() {
        if (token().isEmpty()) {
            return Optional.empty();
        }
        List<String> grids = settings.get(GRIDS).filter(text -> !text.isBlank())
                .map(text -> Arrays.asList(text.split(","))).orElse(List.of());
        return Optional.of(new SignedInAccount(settings.get(URL).orElse(""), settings.get(USERNAME).orElse(""),
                settings.get(ROLE).orElse(""), grids));
    }

    boolean autoSync() {
        return settings.get(AUTO).map(Boolean::parseBoolean).orElse(false);
    }

    void setAutoSync(boolean on) {
        settings.put(AUTO, Boolean.toString(on));
    }

    void save(SignedInAccount account, String token) {
        settings.put(URL, account.platformUrl());
        settings.put(USERNAME, account.username());
        settings.put(ROLE, account.role());
        settings.put(GRIDS, String.join(",", account.grids()));
        settings.put(TOKEN, token);
    }

    void forget() {
        for (String name : List.of(TOKEN, URL, USERNAME, ROLE, GRIDS)) {
            settings.remove(name);
        }
    }
}
