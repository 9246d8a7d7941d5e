package org.griddesk.desktop.service.sync;

import java.util.Locale;

import org.griddesk.sync.client.OutOfScopeException;
import org.griddesk.sync.client.RequestRejectedException;
import org.griddesk.sync.client.SchemaTooOldException;
import org.griddesk.sync.client.ServerUnavailableException;
import org.griddesk.sync.client.UnauthorizedException;
import org.griddesk.sync.wire.ErrorCodes;

/** Why a sync run did not complete, in terms of what the worker should do next. */
public enum SyncFailure {
    /** No token on this device: sign in first. */
    NOT_SIGNED_IN,
    /** The platform could not be reached: try again when online. */
    OFFLINE,
    /** The token was revoked or expired: sign in again. */
    UNAUTHORIZED,
    /** The platform needs a newer app: update GridDesk (the data stays on the device). */
    SCHEMA_TOO_OLD,
    /** The account may not touch some of these records any more. */
    OUT_OF_SCOPE,
    /** The platform is up but its database is not, for a moment (503 unavailable): sync again shortly. */
    UNAVAILABLE,
    /** The platform refused a batch id even after the device sent its changes under a new one. */
    BATCH_ID_REUSED,
    /** Anything else the platform answered. */
    PLATFORM_ERROR,
    /** A practice store holds an account on a platform other than its practice platform: nothing was sent. */
    PRACTICE_ONLY;

    /** The stable word written to sync_log and printed by the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SyncFailure of(RuntimeException failure) {
        if (failure instanceof ServerUnavailableException unavailable) {
            return "unavailable".equals(unavailable.platformCode()) ? UNAVAILABLE : OFFLINE;
        }
        if (failure instanceof RequestRejectedException rejected
                && ErrorCodes.BATCH_ID_REUSED.equals(rejected.code())) {
            return BATCH_ID_REUSED;
        }
        if (failure instanceof UnauthorizedException) {
            return UNAUTHORIZED;
        }
        if (failure instanceof SchemaTooOldException) {
            return SCHEMA_TOO_OLD;
        }
        if (failure instanceof OutOfScopeException) {
            return OUT_OF_SCOPE;
        }
        return PLATFORM_ERROR;
    }
}
