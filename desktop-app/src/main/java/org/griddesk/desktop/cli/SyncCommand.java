package org.griddesk.desktop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.sync.SignInException;
import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.service.sync.SyncProgress;
import org.griddesk.desktop.service.sync.SyncReport;
import org.griddesk.desktop.service.sync.SyncService;
import org.griddesk.desktop.service.sync.SyncServices;
import org.griddesk.sync.client.ClientSettings;

/**
 * {@code griddesk sync --data DIR [--server URL] [--username U --password-file F]}: one sync run of the store
 * without a screen. Prints the counters as one line and exits 0, or says why not and exits non-zero.
 */
final class SyncCommand {

    static final int NOT_SIGNED_IN = 5;
    static final int SIGN_IN_FAILED = 6;
    static final int SYNC_FAILED = 8;

    private final StoreCommandSupport stores;
    private final ClientSettings clientSettings;

    SyncCommand(StoreCommandSupport stores, ClientSettings clientSettings) {
        this.stores = stores;
        this.clientSettings = clientSettings;
    }

    int run(Path data, String server, String username, Path passwordFile, PrintWriter out, PrintWriter err) {
        if ((username == null) != (passwordFile == null)) {
            err.println("--username and --password-file go together");
            return GridDeskCommand.USAGE_ERROR;
        }
        int[] failure = new int[1];
        Optional<EncryptedDeviceSession> opened = stores.open(data, err, failure);
        if (opened.isEmpty()) {
            return failure[0];
        }
        try (EncryptedDeviceSession session = opened.get()) {
            SyncService sync = SyncServices.of(session, clientSettings);
            int signedIn = username != null ? signIn(sync, server, username, passwordFile, err)
                    : checkSignedIn(sync, server, err);
            if (signedIn != 0) {
                return signedIn;
            }
            SyncReport report = sync.sync(SyncProgress.NONE, () -> false);
            if (!report.completed()) {
                err.println("sync failed: " + report.failure().code() + " – " + advice(report));
                return SYNC_FAILED;
            }
            out.println(SyncReport.countersLine(report.counters()));
            return 0;
        }
    }

    private static int checkSignedIn(SyncService sync, String server, PrintWriter err) {
        Optional<SignedInAccount> account = sync.account();
        if (account.isEmpty()) {
            err.println("sign in first in the app or with `sync --username U --password-file F`");
            return NOT_SIGNED_IN;
        }
        if (server != null && !sameUrl(server, account.get().platformUrl())) {
            err.println("this store is signed in on " + account.get().platformUrl() + ", not on " + server
                    + "; sign in there with `sync --username U --password-file F`");
            return NOT_SIGNED_IN;
        }
        return 0;
    }

    private static int signIn(SyncService sync, String server, String username, Path passwordFile, PrintWriter err) {
        String url = server != null ? server : sync.platformUrl().orElse("");
        char[] password;
        try {
            password = readPassword(passwordFile);
        } catch (IOException e) {
            err.println("password file " + passwordFile + " could not be read");
            return SIGN_IN_FAILED;
        }
        try {
            sync.signIn(url, username, password);
            return 0;
        } catch (SignInException e) {
            err.println("sign-in failed: " + switch (e.reason()) {
                case WRONG_CREDENTIALS -> "username or password is wrong";
                case OFFLINE -> "the platform at " + url + " cannot be reached";
                case TOO_MANY_ATTEMPTS -> "too many failed attempts, wait and try again";
                case INVALID_INPUT -> "give the platform address with --server URL, a username and a password";
                case PLATFORM_ERROR -> e.getMessage();
                case PRACTICE_ONLY -> "this is a practice store; it signs in on its practice platform only";
            });
            return SIGN_IN_FAILED;
        }
    }

    private static char[] readPassword(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String firstLine = end < 0 ? text : text.substring(0, end);
            return firstLine.strip().toCharArray();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static String advice(SyncReport report) {
        return switch (report.failure()) {
            case NOT_SIGNED_IN -> "sign in first";
            case OFFLINE -> "the platform cannot be reached; changes stay in the store, try again when online";
            case UNAUTHORIZED -> "the device token is no longer valid; sign in again with --username/--password-file";
            case SCHEMA_TOO_OLD -> "the platform needs a newer GridDesk; update the app (the data is kept)";
            case OUT_OF_SCOPE -> "some records are outside your grids";
            case UNAVAILABLE -> "the platform's database is not available at the moment; changes stay in the store, "
                    + "try again shortly";
            case BATCH_ID_REUSED -> "the platform refused the batch id twice; changes stay in the store, try again";
            case PLATFORM_ERROR -> String.valueOf(report.detail());
            case PRACTICE_ONLY -> "this is a practice store; it syncs with its practice platform only";
        };
    }

    private static boolean sameUrl(String a, String b) {
        return strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String url) {
        String trimmed = url.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
