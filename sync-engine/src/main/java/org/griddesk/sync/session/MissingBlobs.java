package org.griddesk.sync.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.ErrorCodes;

/**
 * Changes answered {@code missing_blob} in one sync run. Such a change stays pending while its blob is sent again,
 * then goes again; a change refused a second time in the same run (the blob cannot be had) is left rejected, so that
 * one attachment never blocks the rest of the outbox.
 */
final class MissingBlobs {
    private static final Pattern SHA256 = Pattern.compile("\\b[0-9a-f]{64}\\b");

    private final Map<RecordKey, Integer> refusals = new HashMap<>();
    private final List<Resend> resends = new ArrayList<>();

    /** A blob to send again for the change of {@code key}. */
    record Resend(RecordKey key, String sha256, String reason) {
    }

    static boolean isMissingBlob(ChangeResult result) {
        return result.error() != null && ErrorCodes.MISSING_BLOB.equals(result.error().code());
    }

    /** The hash the platform named in its refusal. */
    static Optional<String> hashIn(ChangeResult result) {
        String message = result.error() == null ? null : result.error().message();
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = SHA256.matcher(message);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * Notes a {@code missing_blob} answer.
     *
     * @return whether the change may go again in this run (its first such refusal naming a hash); its blob is then
     *     queued for {@link #drain}
     */
    boolean refused(RecordKey key, ChangeResult result) {
        Optional<String> sha256 = hashIn(result);
        if (sha256.isEmpty() || refusals.merge(key, 1, Integer::sum) > 1) {
            return false;
        }
        resends.add(new Resend(key, sha256.get(), result.error().code() + ": " + result.error().message()));
        return true;
    }

    /** The blobs to send again, once each; the queue is empty afterwards. */
    List<Resend> drain() {
        List<Resend> all = List.copyOf(resends);
        resends.clear();
        return all;
    }
}
