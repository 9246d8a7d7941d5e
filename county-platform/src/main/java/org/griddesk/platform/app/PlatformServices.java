package org.griddesk.platform.app;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.griddesk.platform.api.ApiServices;
import org.griddesk.platform.cli.AdminServices;
import org.griddesk.platform.service.AccountService;
import org.griddesk.platform.service.AdministrativeCodes;
import org.griddesk.platform.service.DeviceTokens;
import org.griddesk.platform.service.GridService;
import org.griddesk.platform.service.LoginService;
import org.griddesk.platform.service.LoginThrottle;
import org.griddesk.platform.service.PasswordHasher;
import org.griddesk.platform.service.forms.FormTemplateService;
import org.griddesk.platform.service.review.ReviewActions;
import org.griddesk.platform.service.review.ReviewQueue;
import org.griddesk.platform.service.review.ReviewRules;
import org.griddesk.platform.service.sync.GridRecords;
import org.griddesk.platform.service.blobs.BlobService;
import org.griddesk.platform.service.releases.ReleaseService;
import org.griddesk.platform.service.sync.CountySyncService;
import org.griddesk.platform.store.AccountStore;
import org.griddesk.platform.store.DatabaseProbe;
import org.griddesk.platform.store.DeviceTokenStore;
import org.griddesk.platform.store.GridStore;
import org.griddesk.platform.store.LoginFailureStore;
import org.griddesk.platform.store.blobs.BlobReferenceRows;
import org.griddesk.platform.store.blobs.BlobStore;
import org.griddesk.platform.store.sync.CountyTransactions;
import org.griddesk.platform.store.sync.FormTemplateStore;
import org.griddesk.platform.store.sync.PostgresServerStore;

/**
 * The platform's composition root: every use case of one county over one database, each built once here so they
 * share their stores. The HTTP routes and the commands get only the services they use ({@link #api()},
 * {@link #admin()}), so neither depends on this wiring.
 */
final class PlatformServices {
    static final int BCRYPT_COST = 10;
    static final Duration LOGIN_FAILURE_WINDOW = Duration.ofMinutes(15);

    private final AccountService accounts;
    private final GridService grids;
    private final DeviceTokens tokens;
    private final LoginService login;
    private final DatabaseProbe database;
    private final CountySyncService sync;
    private final ReviewQueue review;
    private final FormTemplateService templates;
    private final ReviewActions reviewActions;
    private final ReviewRules reviewRules;
    private final BlobService blobs;
    private final ReleaseService releases;

    /** Without a blob folder: for administrative commands, which never take uploads. */
    PlatformServices(String county, DataSource dataSource, Clock clock) {
        this(county, dataSource, clock, null, BlobService.DEFAULT_MAX_BYTES);
    }

    /** {@code blobFolder} holds the attachments on disk (null: none); blobs over {@code maxBlobBytes} are refused. */
    PlatformServices(String county, DataSource dataSource, Clock clock, Path blobFolder, long maxBlobBytes) {
        this(county, dataSource, clock, blobFolder, maxBlobBytes, null);
    }

    /** {@code releasesFolder}: the desktop packages devices update from (null: none published). */
    PlatformServices(String county, DataSource dataSource, Clock clock, Path blobFolder, long maxBlobBytes,
                     Path releasesFolder) {
        AdministrativeCodes.requireCountyCode(county);
        AccountStore accountStore = new AccountStore(dataSource);
        PasswordHasher hasher = new PasswordHasher(BCRYPT_COST);
        this.accounts = new AccountService(county, accountStore, hasher);
        CountyTransactions transactions = new CountyTransactions(dataSource, county);
        this.grids = new GridService(county, new GridStore(dataSource),
                GridRecords.create(transactions, clock)::publish);
        this.tokens = new DeviceTokens(county, new DeviceTokenStore(dataSource), accountStore, clock);
        LoginThrottle throttle = new LoginThrottle(county, new LoginFailureStore(dataSource), clock,
                LoginThrottle.Limits.standard(), LOGIN_FAILURE_WINDOW);
        this.login = new LoginService(county, accountStore, hasher, throttle, tokens);
        this.database = new DatabaseProbe(dataSource);
        this.blobs = blobFolder == null ? null : new BlobService(county, new BlobStore(blobFolder),
                new BlobReferenceRows(dataSource), maxBlobBytes);
        if (blobs != null) {
            blobs.dropAbandonedUploads(clock.instant());
        }
        this.templates = new FormTemplateService(new FormTemplateStore(transactions), clock);
        this.sync = CountySyncService.create(transactions, accountStore, clock, templates::form,
                sha256 -> blobs != null && blobs.holds(sha256));
        PostgresServerStore records = new PostgresServerStore(transactions);
        this.review = new ReviewQueue(transactions, records, clock);
        this.reviewActions = new ReviewActions(transactions, records, review, clock);
        this.reviewRules = new ReviewRules(transactions);
        this.releases = releasesFolder == null ? null : ReleaseService.inFolder(releasesFolder, clock);
    }

    /** What the HTTP routes use. */
    ApiServices api() {
        return new ApiServices(login, tokens, grids, sync, review, reviewActions, blobs(), database::reachable,
                releases());
    }

    /** What the administrative commands use. */
    AdminServices admin() {
        return new AdminServices(accounts, grids, tokens, templates, reviewRules);
    }

    GridService grids() {
        return grids;
    }

    FormTemplateService templates() {
        return templates;
    }

    private ReleaseService releases() {
        if (releases == null) {
            throw new IllegalStateException("These services were built without a releases folder");
        }
        return releases;
    }

    private BlobService blobs() {
        if (blobs == null) {
            throw new IllegalStateException("These services were built without a blob folder");
        }
        return blobs;
    }
}
