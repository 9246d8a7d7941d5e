package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Password guessing is refused where it comes from, never at the account: a stranger's failures do not lock
 * the owner out. Each source is a loopback address of its own; each test uses its own names and addresses.
 */
class LoginThrottleTest {
    @TempDir
    static Path folder;

    private static SyncTestPlatform platform;

    @BeforeAll
    static void start() {
        platform = new SyncTestPlatform(folder);
        for (String name : new String[] {"owner", "sprayed", "besieged"}) {
            platform.addUser(name, "worker", SyncTestPlatform.GRID_A);
        }
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aStrangersWrongPasswordsLockOutTheStrangerNotTheOwner() {
        FromAddress stranger = from("127.0.0.2");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, stranger.login("owner", "guess " + attempt).status(), "attempt " + attempt);
        }
        FromAddress.Answer refused = stranger.login("owner", SyncTestPlatform.PASSWORD);
        assertEquals(429, refused.status(), "the failing source waits, even with the right password");
        assertEquals("too_many_attempts", refused.errorCode());
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);

        FromAddress.Answer owner = from("127.0.0.3").login("owner", SyncTestPlatform.PASSWORD);
        assertEquals(200, owner.status(), "the owner's laptop is not locked out: " + owner.body());
    }

    @Test
    void aSourceTryingManyNamesIsRefusedForEveryName() {
        FromAddress sprayer = from("127.0.0.4");
        for (int attempt = 1; attempt <= 30; attempt++) {
            assertEquals(401, sprayer.login("nobody-" + attempt, "guess").status(), "attempt " + attempt);
        }
        FromAddress.Answer refused = sprayer.login("sprayed", SyncTestPlatform.PASSWORD);
        assertEquals(429, refused.status());
        assertEquals(200, from("127.0.0.5").login("sprayed", SyncTestPlatform.PASSWORD).status());
    }

    @Test
    void aNameGuessedFromManySourcesRefusesThoseSourcesAfterOneMoreFailureButNotANewOne() {
        for (int source = 10; source < 15; source++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertEquals(401, from("127.0.0." + source).login("besieged", "guess " + attempt).status());
            }
        }
        assertEquals(429, from("127.0.0.10").login("besieged", SyncTestPlatform.PASSWORD).status(),
                "under attack, a source that failed on the name waits");
        assertEquals(200, from("127.0.0.20").login("besieged", SyncTestPlatform.PASSWORD).status(),
                "a source that never failed on it, like the owner's, signs in");
    }

    private static FromAddress from(String address) {
        return new FromAddress(address, platform.port());
    }
}
