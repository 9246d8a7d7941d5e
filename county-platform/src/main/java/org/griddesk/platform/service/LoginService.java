package org.griddesk.platform.service;

import java.util.Optional;
import org.griddesk.platform.store.AccountStore;
import org.griddesk.platform.store.StoredAccount;

/**
 * Signs a device in. Unknown names, wrong passwords and disabled accounts get the same answer
 * after the same amount of work, so the answer does not reveal which names exist.
 */
public final class LoginService {
    private static final int MAX_DEVICE_ID_LENGTH = 200;
    private static final int MAX_USERNAME_LENGTH = 64;

    private final String county;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final DeviceTokens tokens;

    public LoginService(String county, AccountStore accounts, PasswordHasher hasher, LoginThrottle throttle,
                        DeviceTokens tokens) {
        this.county = county;
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    /** {@code source}: where the attempt came from (the client's address), for the throttle. */
    public SignedIn login(String username, char[] password, String deviceId, String source) {
        if (deviceId == null || deviceId.isBlank() || deviceId.length() > MAX_DEVICE_ID_LENGTH
                || hasControlCharacter(deviceId)) {
            throw new InvalidInputException("deviceId must be 1 to " + MAX_DEVICE_ID_LENGTH
                    + " characters without control characters");
        }
        if (username.length() > MAX_USERNAME_LENGTH || hasControlCharacter(username)) {
            // No account can have such a name; refusing it keeps junk out of the throttle table.
            throw new InvalidInputException("username must be at most " + MAX_USERNAME_LENGTH
                    + " characters without control characters");
        }
        throttle.blockedFor(username, source).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
        Optional<StoredAccount> account = accounts.find(county, username);
        if (account.isEmpty() || account.get().disabled()) {
            hasher.spendTimeOfOneCheck(password);
            return failed(username, source);
        }
        if (!hasher.matches(password, account.get().passwordHash())) {
            return failed(username, source);
        }
        throttle.reset(username, source);
        StoredAccount found = account.get();
        String token = tokens.issue(found.username(), deviceId);
        return new SignedIn(token, new Session(found.username(), Role.parse(found.role()), found.grids()));
    }

    private SignedIn failed(String username, String source) {
        throttle.recordFailure(username, source);
        throw new UnauthorizedException();
    }

    /** PostgreSQL cannot store NUL, and no name or device id of ours holds any control character. */
    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    public record SignedIn(String token, Session session) {
    }
}
