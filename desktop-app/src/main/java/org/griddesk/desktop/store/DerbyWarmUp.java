package org.griddesk.desktop.store;

import java.security.GeneralSecurityException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;

import javax.crypto.Cipher;

/**
 * Starts Derby's engine and the cipher it encrypts with on a second thread while the passphrase is stretched on
 * the first: on a fresh process both took about half a second each, one after the other, at every unlock.
 * Nothing is opened or created: asking for a database that does not exist only boots the engine.
 */
final class DerbyWarmUp {

    private static final String NO_SUCH_DATABASE = "jdbc:derby:memory:griddesk-warm-up;create=false";

    private final CompletableFuture<Void> done;

    private DerbyWarmUp(CompletableFuture<Void> done) {
        this.done = done;
    }

    static DerbyWarmUp start() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                warm();
            } finally {
                done.complete(null); // whatever happened, the unlock must not wait for ever
            }
        }, "griddesk-derby-warm-up");
        thread.setDaemon(true);
        thread.start();
        return new DerbyWarmUp(done);
    }

    private static void warm() {
        try {
            Cipher.getInstance("AES/CBC/NoPadding");
        } catch (GeneralSecurityException e) {
            // the boot that follows reports it, with the store's own message
        }
        try {
            DriverManager.getConnection(NO_SUCH_DATABASE).close();
        } catch (SQLException expected) {
            // "database not found": the engine is up, which is all this was for
        }
    }

    /** Waits until the warm-up is over; whatever it met is left for the real boot to meet and report. */
    void awaitEngine() {
        done.join();
    }
}
