package org.griddesk.desktop.service.sync;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.griddesk.desktop.service.PlatformAddress;

/**
 * Signs this device in on the county platform once (username and password, never stored) and keeps the device
 * token, role, grids and grid names in the encrypted settings; signing out revokes the token and forgets it.
 */
public final class SignInService {

    private final PlatformAuth auth;
    private final SyncAccountStore accounts;
    private final Supplier<String> deviceId;
    private final Consumer<String> roleSink;

    public SignInService(PlatformAuth auth, SyncAccountStore accounts, Supplier<String> deviceId,
                         Consumer<String> roleSink) {
        this.auth = auth;
        this.accounts = accounts;
        this.deviceId = deviceId;
        this.roleSink = roleSink;
    }

    public Optional<SignedInAccount> current() {
        return accounts.account();
    }

    /** Clears the password array whatever happens. */
    public SignedInAccount signIn(String platformUrl, String username, char[] password) throws SignInException {
        try {
            Optional<String> address = PlatformAddress.parse(platformUrl);
            String user = username == null ? "" : username.trim();
            if (address.isEmpty()) {
                throw new SignInException(SignInException.Reason.INVALID_INPUT, "platform address missing");
            }
            String url = address.get();
            if (!accounts.permits(url)) {
                // checked before any request: a practice store never even asks another platform
                throw new SignInException(SignInException.Reason.PRACTICE_ONLY,
                        "a practice store signs in on its practice platform only");
            }
            if (user.isEmpty() || password.length == 0) {
                throw new SignInException(SignInException.Reason.INVALID_INPUT, "username or password missing");
            }
            PlatformAuth.LoginAnswer answer = auth.login(url, user, password, deviceId.get());
            SignedInAccount account = new SignedInAccount(url, user, answer.role(), answer.grids(),
                    answer.gridNames());
            accounts.save(account, answer.token());
            roleSink.accept(answer.role());
            return account;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Revokes the token on the platform and forgets it here. Offline, the token is forgotten anyway (the worker
     * asked to sign out) and the exception tells the caller it could not be revoked.
     */
    public void signOut() throws SignInException {
        Optional<SignedInAccount> account = accounts.account();
        Optional<String> token = accounts.token();
        accounts.forget();
        if (account.isPresent() && token.isPresent()) {
            auth.logout(account.get().platformUrl(), token.get());
        }
    }
}
