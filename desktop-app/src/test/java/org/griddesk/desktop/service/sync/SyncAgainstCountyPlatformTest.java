package org.griddesk.desktop.service.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.store.StatusCounts;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.SyncState;
import org.griddesk.desktop.testing.CountyPlatformProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in and sync of real Derby devices against the real county platform (one platform for the class). */
class SyncAgainstCountyPlatformTest {

    @TempDir
    static Path platformDir;
    private static CountyPlatformProcess platform;

    @TempDir
    Path devices;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = CountyPlatformProcess.start(platformDir);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void signInKeepsTokenRoleAndGridsAndAWrongPasswordIsRefused() throws Exception {
        try (EncryptedDeviceSession session = SyncDevices.create(devices.resolve("a"))) {
            SyncService sync = SyncServices.of(session, SyncDevices.QUICK);

            SignInException wrong = assertThrows(SignInException.class,
                    () -> sync.signIn(platform.url(), CountyPlatformProcess.WORKER, "nope-nope-nope".toCharArray()));
            assertEquals(SignInException.Reason.WRONG_CREDENTIALS, wrong.reason());
            assertTrue(sync.account().isEmpty());

            char[] password = platform.workerPassword();
            SignedInAccount account = sync.signIn(platform.url(), CountyPlatformProcess.WORKER, password);

            assertEquals("worker", account.role());
            assertEquals(List.of(CountyPlatformProcess.GRID), account.grids());
            assertEquals(account, sync.account().orElseThrow());
            assertEquals("worker", session.settings().role().orElseThrow());
            assertEquals(platform.url(), session.settings().platformUrl().orElseThrow());
            assertArrayEquals(new char[password.length], password, "the password array is cleared");
        }
    }

    @Test
    void anEditMadeOfflineOnOneDeviceReachesTheOtherAndTheRunIsLogged() throws Exception {
        RecordKey issue = new RecordKey("issue", new UuidV7Generator().nextId());
        try (EncryptedDeviceSession a = SyncDevices.create(devices.resolve("a"));
             EncryptedDeviceSession b = SyncDevices.create(devices.resolve("b"))) {
            new LocalChanges(a.records(), a.clock()).set(issue, Map.of("grid", CountyPlatformProcess.GRID,
                    "category", "infrastructure", "title", "路灯坏了", "status", "open"));
            SyncService syncA = signedIn(a);
            SyncService syncB = signedIn(b);

            SyncReport pushed = syncA.sync(SyncProgress.NONE, () -> false);
            SyncReport pulled = syncB.sync(SyncProgress.NONE, () -> false);

            assertTrue(pushed.completed(), String.valueOf(pushed));
            assertEquals(1, pushed.counters().pushed());
            assertEquals(1, pushed.counters().applied());
            assertTrue(pulled.completed(), String.valueOf(pulled));
            SyncRecord seen = b.records().localView(issue).orElseThrow();
            assertEquals("路灯坏了", seen.field("title"));
            assertEquals(SyncState.SYNCED, a.records().status(issue).state());
            assertEquals(0, a.store().statusCounts().pendingRecords());
            SyncRun logged = syncA.recentRuns(5).get(0);
            assertEquals(StatusCounts.SYNC_OK, logged.outcome().orElseThrow());
            assertEquals(pushed.counters(), logged.counters());
            assertTrue(a.store().statusCounts().lastSuccessfulSync().isPresent());
        }
    }

    @Test
    void aRejectedEditIsShownWithItsReasonAndCanBeDiscarded() throws Exception {
        RecordKey resident = new RecordKey("resident", new UuidV7Generator().nextId());
        try (EncryptedDeviceSession a = SyncDevices.create(devices.resolve("a"))) {
            // an identity number with a wrong check character: the platform refuses it, the rest goes on
            new LocalChanges(a.records(), a.clock()).set(resident, Map.of("grid", CountyPlatformProcess.GRID,
                    "name", "李四", "idNumber", "11010519491231002X".replace('X', '1'), "sex", "1"));
            SyncService sync = signedIn(a);

            SyncReport report = sync.sync(SyncProgress.NONE, () -> false);

            assertTrue(report.completed(), String.valueOf(report));
            assertEquals(1, report.counters().rejected());
            assertEquals(SyncState.REJECTED, sync.troubled().get(0).status().state());
            assertFalse(sync.troubled().get(0).status().reason().isBlank());
            sync.discardRejected(resident);
            assertTrue(sync.troubled().isEmpty());
            assertTrue(a.records().outbox().isEmpty());
            assertTrue(a.records().localView(resident).isEmpty());
        }
    }

    @Test
    void aRevokedTokenAsksToSignInAgainAndSigningOutForgetsIt() throws Exception {
        try (EncryptedDeviceSession a = SyncDevices.create(devices.resolve("a"))) {
            SyncService sync = signedIn(a);
            SyncAccountStore accounts = new SyncAccountStore(a.store().settings());
            String token = accounts.token().orElseThrow();

            sync.signOut();

            assertTrue(sync.account().isEmpty());
            assertEquals(SyncFailure.NOT_SIGNED_IN, sync.sync(SyncProgress.NONE, () -> false).failure());
            accounts.save(new SignedInAccount(platform.url(), CountyPlatformProcess.WORKER, "worker",
                    List.of(CountyPlatformProcess.GRID)), token);
            SyncReport revoked = sync.sync(SyncProgress.NONE, () -> false);
            assertEquals(SyncFailure.UNAUTHORIZED, revoked.failure());
            assertEquals("unauthorized", sync.recentRuns(1).get(0).outcome().orElseThrow());
        }
    }

    @Test
    void anUnreachablePlatformIsReportedAsOffline() throws Exception {
        try (EncryptedDeviceSession a = SyncDevices.create(devices.resolve("a"))) {
            SyncService sync = signedIn(a);
            new SyncAccountStore(a.store().settings()).save(new SignedInAccount("http://127.0.0.1:9",
                    CountyPlatformProcess.WORKER, "worker", List.of(CountyPlatformProcess.GRID)), "some-token");

            SyncReport report = sync.sync(SyncProgress.NONE, () -> false);

            assertEquals(SyncFailure.OFFLINE, report.failure());
            assertNull(a.store().statusCounts().lastSuccessfulSync().orElse(null));
            SignInException offline = assertThrows(SignInException.class,
                    () -> sync.signIn("http://127.0.0.1:9", "demo", "x".toCharArray()));
            assertEquals(SignInException.Reason.OFFLINE, offline.reason());
        }
    }

    private static SyncService signedIn(EncryptedDeviceSession session) throws SignInException {
        SyncService sync = SyncServices.of(session, SyncDevices.QUICK);
        sync.signIn(platform.url(), CountyPlatformProcess.WORKER, platform.workerPassword());
        return sync;
    }
}
