package org.griddesk.desktop.ui.common;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.ErrorCodes;

/**
 * Turns what the platform said (a stable error code and an English or technical sentence) into the words of
 * the app's own bundles, saying what the worker can do. The platform's sentence never reaches the screen as it
 * came: a code this version does not know reads as a generic sentence, never as the raw code.
 */
public final class PlatformErrorText {

    /** The codes the platform answers with besides those named in {@link ErrorCodes}. */
    private static final Set<String> PLATFORM_CODES = Set.of("invalid_request", "already_exists",
            "too_many_attempts", "not_found", "method_not_allowed", "too_large", "unsupported_encoding",
            "missing_blob", "unknown_template", "batch_id_reused", "unavailable", "hash_mismatch", "upload_offset",
            "status_not_allowed", "rating_final", "review_conflict");
    private static final Pattern CODE_FIRST = Pattern.compile("^([a-z][a-z0-9_]*)(?::\\s*(.*))?$", Pattern.DOTALL);
    /** The field problems of an invalid_field rejection, as field-model wrote them in Chinese. */
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private PlatformErrorText() {
    }

    /** Every stable code the desktop has words for; a test checks each against both bundles. */
    public static Set<String> knownCodes() {
        Set<String> codes = new TreeSet<>(PLATFORM_CODES);
        for (Field field : ErrorCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    codes.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return codes;
    }

    /** The words for one error code. */
    public static Message ofCode(String code) {
        return code != null && knownCodes().contains(code) ? new Message("platform.error." + code)
                : new Message("platform.error.unknown");
    }

    /**
     * The words for a rejection kept as {@code "code: message"}. Field problems of an {@code invalid_field} are
     * passed on as an argument (they are field-model's Chinese sentences); the English bundle leaves them out.
     */
    public static Message ofReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return new Message("platform.error.unknown");
        }
        Matcher matcher = CODE_FIRST.matcher(reason.strip());
        if (!matcher.matches()) {
            return new Message("platform.error.unknown");
        }
        String code = matcher.group(1);
        String detail = matcher.group(2) == null ? "" : matcher.group(2).strip();
        if (ErrorCodes.INVALID_FIELD.equals(code) && HAN.matcher(detail).find()) {
            return new Message("platform.error.invalid_field.detail", detail);
        }
        return ofCode(code);
    }

    /** What a list marker's tooltip says about a record's sync state; null when there is nothing to say. */
    public static Message ofStatus(RecordSyncStatus status) {
        if (status == null) {
            return null;
        }
        if (status.state() == SyncState.REJECTED) {
            return ofReason(status.reason());
        }
        if (status.state() == SyncState.CONFLICT) {
            return new Message("sync.reason.conflict");
        }
        return null;
    }
}
