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

    public SignedIn login(String username, char[] password, String deviceId) {
        if (deviceId == null || deviceId.isBlank() || deviceId.length() > MAX_DEVICE_ID_LENGTH) {
            throw new InvalidInputException("deviceId must be 1 to " + MAX_DEVICE_ID_LENGTH + " characters");
        }
        if (username.length() > MAX_USERNAME_LENGTH) {
            // No account can have such a name; refusing it keeps junk out of the throttle table.
            throw new InvalidInputException("username must not be longer than " + MAX_USERNAME_LENGTH + " characters");
        }
        throttle.blockedFor(username).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
        Optional<StoredAccount> account = accounts.find(county, username);
        if (account.isEmpty() || account.get().disabled()) {
            hasher.spendTimeOfOneCheck(password);
            return failed(username);
        }
        if (!hasher.matches(password, account.get().passwordHash())) {
            return failed(username);
        }
        throttle.reset(username);
        StoredAccount found = account.get();
        String token = tokens.issue(found.username(), deviceId);
        return new SignedIn(token, new Session(found.username(), Role.parse(found.role()), found.grids()));
    }

    private SignedIn failed(String username) {
        throttle.recordFailure(username);
        throw new UnauthorizedException();
    }

    public record SignedIn(String token, Session session) {
    }
}
