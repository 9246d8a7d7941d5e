package org.griddesk.desktop.service.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.PlatformAddress;
import org.griddesk.desktop.store.SettingsTable;
import org.griddesk.sync.wire.WireMapper;

/** The device token and the account it belongs to, kept in the encrypted settings table. */
public final class SyncAccountStore {

    private static final String TOKEN = "sync_token";
    private static final String URL = "sync_platform_url";
    private static final String USERNAME = "sync_username";
    private static final String ROLE = "sync_role";
    private static final String GRIDS = "sync_grids";
    // Added after the first release: accounts stored before it have no names, and load with codes only.
    private static final String GRID_NAMES = "sync_grid_names";
    private static final ObjectMapper JSON = WireMapper.create();
    private static final TypeReference<LinkedHashMap<String, String>> NAMES = new TypeReference<>() { };
    private static final String AUTO = "sync_auto";
    // A practice store talks to its practice platform only; kept in the store itself, so whatever opens it obeys.
    private static final String PRACTICE_ONLY = "sync_practice_only";
    private static final String PRACTICE_PLATFORM = "sync_practice_platform";
    /** The settings table's value column holds 4000 characters. */
    static final int MAX_VALUE_LENGTH = 4000;

    private final SettingsTable settings;

    public SyncAccountStore(SettingsTable settings) {
        this.settings = settings;
    }

    public Optional<String> token() {
        return settings.get(TOKEN).filter(token -> !token.isBlank());
    }

    /** The signed-in account; in a practice store only one on the practice platform counts. */
    public Optional<SignedInAccount> account() {
        return storedAccount().filter(account -> permits(account.platformUrl()));
    }

    private Optional<SignedInAccount> storedAccount() {
        if (token().isEmpty()) {
            return Optional.empty();
        }
        List<String> grids = settings.get(GRIDS).filter(text -> !text.isBlank())
                .map(text -> Arrays.asList(text.split(","))).orElse(List.of());
        return Optional.of(new SignedInAccount(settings.get(URL).orElse(""), settings.get(USERNAME).orElse(""),
                settings.get(ROLE).orElse(""), grids, gridNames()));
    }

    private Map<String, String> gridNames() {
        try {
            Optional<String> text = settings.get(GRID_NAMES).filter(value -> !value.isBlank());
            if (text.isEmpty()) {
                return Map.of();
            }
            Map<String, String> names = JSON.readValue(text.get(), NAMES);
            names.values().removeIf(name -> name == null || name.isBlank());
            return names;
        } catch (JsonProcessingException e) {
            // Names only make the codes readable: a damaged value must not cost the worker the sign-in.
            return Map.of();
        }
    }

    boolean autoSync() {
        return settings.get(AUTO).map(Boolean::parseBoolean).orElse(false);
    }

    void setAutoSync(boolean on) {
        settings.put(AUTO, Boolean.toString(on));
    }

    void save(SignedInAccount account, String token) {
        if (!permits(account.platformUrl())) {
            throw new IllegalStateException("a practice store signs in on its practice platform only");
        }
        settings.put(URL, account.platformUrl());
        settings.put(USERNAME, account.username());
        settings.put(ROLE, account.role());
        settings.put(GRIDS, String.join(",", account.grids()));
        settings.put(GRID_NAMES, namesThatFit(account));
        settings.put(TOKEN, token);
    }

    /**
     * The names of the first grids, as many as the settings value holds: a supervisor of a whole township may have
     * more than fit, and those grids show their codes alone rather than the sign-in failing.
     */
    private static String namesThatFit(SignedInAccount account) {
        Map<String, String> names = new LinkedHashMap<>();
        String text = json(names);
        for (String code : account.grids()) {
            Optional<String> name = account.gridName(code);
            if (name.isEmpty()) {
                continue;
            }
            names.put(code, name.get());
            String longer = json(names);
            if (longer.length() > MAX_VALUE_LENGTH) {
                break;
            }
            text = longer;
        }
        return text;
    }

    private static String json(Map<String, String> names) {
        try {
            return JSON.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address sync talks to: the signed-in account's platform, else the one chosen in the settings. */
    public Optional<String> syncAddress(Optional<String> chosen) {
        return account().map(SignedInAccount::platformUrl).filter(url -> !url.isBlank()).or(() -> chosen)
                .filter(this::permits);
    }

    /**
     * Makes this a practice store for good: from now on it signs in, syncs and probes only at the address given to
     * {@link #admitPracticePlatform}, and at none until one is given.
     */
    public void restrictToPracticePlatform() {
        settings.put(PRACTICE_ONLY, Boolean.toString(true));
    }

    public boolean practiceOnly() {
        return settings.get(PRACTICE_ONLY).map(Boolean::parseBoolean).orElse(false);
    }

    /** The practice platform now answers at {@code url} (a local address: its port changes between starts). */
    public void admitPracticePlatform(String url) {
        if (!practiceOnly()) {
            throw new IllegalStateException("only a practice store has a practice platform");
        }
        if (!PlatformAddress.isLoopback(url)) {
            throw new IllegalArgumentException("a practice platform runs on this machine");
        }
        settings.put(PRACTICE_PLATFORM, url);
    }

    /** Whether this store may talk to {@code url}: any address for a real store, the practice platform's for a practice one. */
    public boolean permits(String url) {
        if (!practiceOnly()) {
            return true;
        }
        Optional<String> practicePlatform = settings.get(PRACTICE_PLATFORM).filter(text -> !text.isBlank());
        return practicePlatform.isPresent() && PlatformAddress.same(practicePlatform.get(), url);
    }

    /** A practice store holding an account on another platform (only tampering gets it there): never used. */
    boolean holdsForbiddenAccount() {
        return storedAccount().isPresent() && account().isEmpty();
    }

    /**
     * The same platform now answers at another address (the demo platform after a restart on a taken port): the
     * account follows it, token and all. Nothing changes when nobody is signed in.
     */
    public void movePlatform(String url) {
        if (token().isPresent()) {
            settings.put(URL, url);
        }
    }

    void forget() {
        for (String name : List.of(TOKEN, URL, USERNAME, ROLE, GRIDS, GRID_NAMES)) {
            settings.remove(name);
        }
    }
}
