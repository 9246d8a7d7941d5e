package org.griddesk.desktop.service.map;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.issues.IssueCategories;
import org.griddesk.desktop.service.issues.IssuePhotos;
import org.griddesk.desktop.service.issues.IssueService;
import org.griddesk.desktop.service.issues.MissingPhotos;
import org.griddesk.desktop.service.issues.RecordsOfType;
import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.service.sync.SyncAccountStore;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.desktop.store.SettingsTable;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.desktop.store.sync.LocalRecords;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.RetryPolicy;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.store.DeviceStore;

/** The services behind the 地图 and 事件 workspaces, wired for one unlocked store. */
public record FieldWork(IssueService issues, IssuePhotos photos, MapService map) implements AutoCloseable {

    /** A base map file chosen for this device; without one the demo village is shown. */
    public static final String BASE_MAP_SETTING = "map_base_file";
    /** A photo is fetched while the worker looks at it: a few quick tries, then the screen says it is not here. */
    private static final ClientSettings PHOTO_FETCH = new ClientSettings(Duration.ofSeconds(10), Duration.ofSeconds(60),
            new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(4)));

    /** The blob and map folders live beside the store in the data folder. */
    public static FieldWork create(Path dataDir, SettingsTable settings, DeviceStore store, RecordsOfType records,
                                   HybridLogicalClock clock, Supplier<String> actor, Supplier<String> defaultGrid,
                                   Optional<Path> baseMap) {
        return create(dataDir, settings, store, records, clock, actor, defaultGrid, baseMap, MissingPhotos.NONE);
    }

    /** {@code missingPhotos} fetches the photos of other devices' issues from the platform when they are shown. */
    public static FieldWork create(Path dataDir, SettingsTable settings, DeviceStore store, RecordsOfType records,
                                   HybridLogicalClock clock, Supplier<String> actor, Supplier<String> defaultGrid,
                                   Optional<Path> baseMap, MissingPhotos missingPhotos) {
        IssueService issues = new IssueService(store, clock, records, IssueCategories.defaults(),
                new UuidV7Generator(), Clock.systemUTC(), actor).withDefaultGrid(defaultGrid);
        IssuePhotos photos = new IssuePhotos(new EncryptedBlobStore(dataDir.resolve("blobs"), settings), settings,
                missingPhotos);
        MapService map = new MapService(new BaseMaps(dataDir.resolve("maps")), baseMap, records, issues,
                new SettingsLayerMemory(settings));
        return new FieldWork(issues, photos, map);
    }

    /**
     * The production wiring, from the unlocked encrypted session and its data folder. It reads the settings: call it
     * off the FX thread (app.DeviceWiring does, while unlocking). Steps are signed with the signed-in user's name (the
     * device id before the first sign-in) and new issues go to the grid their location falls in (see IssueService).
     */
    public static FieldWork forSession(EncryptedDeviceSession session) {
        SettingsTable settings = session.store().settings();
        HybridLogicalClock clock = session.clock();
        LocalRecords records = session.records();
        SyncAccountStore accounts = new SyncAccountStore(settings);
        Supplier<String> actor = () -> accounts.account().map(SignedInAccount::username)
                .filter(name -> !name.isBlank()).orElse(clock.deviceId());
        // a worker with several grids gets the one the issue's location falls in, never simply the first
        Supplier<String> grid = () -> accounts.account().filter(account -> account.grids().size() == 1)
                .flatMap(account -> account.grids().stream().findFirst()).orElse("");
        Optional<Path> baseMap = settings.get(BASE_MAP_SETTING).filter(path -> !path.isBlank()).map(Path::of);
        MissingPhotos fromPlatform = SyncServices.blobs(session, PHOTO_FETCH).downloads(accounts);
        return create(session.dataDir(), settings, records, records::localViews, clock, actor, grid, baseMap,
                fromPlatform);
    }

    @Override
    public void close() {
        map.close();
    }
}
