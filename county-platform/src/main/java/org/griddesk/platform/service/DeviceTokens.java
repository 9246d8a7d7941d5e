package org.griddesk.platform.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.griddesk.platform.store.AccountStore;
import org.griddesk.platform.store.DeviceTokenStore;

/**
 * Revocable device tokens: 32 random bytes given to the device once; the platform keeps only
 * their SHA-256, so a leaked database does not let anyone sign in.
 */
public final class DeviceTokens {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String county;
    private final DeviceTokenStore tokens;
    private final AccountStore accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public DeviceTokens(String county, DeviceTokenStore tokens, AccountStore accounts, Clock clock) {
        this.county = county;
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    public String issue(String username, String deviceId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = BASE64URL.encodeToString(secret);
        tokens.insert(county, hash(token), username, deviceId, clock.instant());
        return token;
    }

    public Optional<Session> authenticate(String token) {
        return authenticateDevice(token).map(SignedInDevice::session);
    }

    /** The session behind a token together with the device it was issued to (sync calls need both). */
    public Optional<SignedInDevice> authenticateDevice(String token) {
        return tokens.useActive(county, hash(token), clock.instant())
                .flatMap(active -> accounts.find(county, active.username())
                        .map(account -> new SignedInDevice(new Session(account.username(), Role.parse(account.role()),
                                account.grids()), active.deviceId())));
    }

    public boolean revoke(String token) {
        return tokens.revoke(county, hash(token), clock.instant());
    }

    public int revokeAll(String username) {
        return tokens.revokeAll(county, AccountService.requireUsername(username), clock.instant());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
