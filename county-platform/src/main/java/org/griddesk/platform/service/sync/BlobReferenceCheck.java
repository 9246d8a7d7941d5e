package org.griddesk.platform.service.sync;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.griddesk.platform.service.blobs.BlobNames;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.server.Caller;
import org.griddesk.sync.server.ChangeValidator;
import org.griddesk.sync.server.ChangeVerdict;
import org.griddesk.sync.wire.ErrorCodes;

/**
 * A record may only reference blobs the platform holds whole: a change that brings a new reference in an issue's
 * {@code photos} or an application's {@code attachments} (lists of SHA-256 names, as the desktop keeps them) to a
 * blob the platform lacks is rejected with {@code missing_blob}, the hash named, and the device sends the blob and
 * then the change again. References the record already had are not checked again. The verdict is stored with the
 * batch, so a replayed batch gets the same answer.
 */
final class BlobReferenceCheck implements ChangeValidator {
    /** The fields that hold blob names, by record type. */
    static final Map<String, String> BLOB_FIELDS = Map.of("issue", "photos", "application", "attachments");

    private final Predicate<String> held;
    private final ChangeValidator next;

    BlobReferenceCheck(Predicate<String> held, ChangeValidator next) {
        this.held = held;
        this.next = next;
    }

    @Override
    public ChangeVerdict judge(Caller caller, ServerRecord current, ServerRecord proposed) {
        String field = BLOB_FIELDS.get(proposed.type());
        if (field != null && !proposed.deleted()) {
            Object value = proposed.fields().get(field);
            if (value != null && !(value instanceof List<?>)) {
                return ChangeVerdict.reject(ErrorCodes.INVALID_FIELD, field + " 必须是附件编号（SHA-256）的列表");
            }
            Set<?> before = current == null || !(current.fields().get(field) instanceof List<?> old)
                    ? Set.of() : Set.copyOf(old.stream().filter(Objects::nonNull).toList());
            for (Object name : value == null ? List.of() : (List<?>) value) {
                if (before.contains(name)) {
                    continue;
                }
                if (!BlobNames.isValid(name)) {
                    return ChangeVerdict.reject(ErrorCodes.INVALID_FIELD,
                            field + " 中的附件编号必须是 64 位小写十六进制的 SHA-256");
                }
                if (!held.test((String) name)) {
                    return ChangeVerdict.reject(ErrorCodes.MISSING_BLOB, "平台尚未收到附件 " + name
                            + "，请先上传附件再同步 (blob " + name + " is not on the platform yet)");
                }
            }
        }
        return next.judge(caller, current, proposed);
    }
}
