package org.griddesk.platform.service.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.platform.store.sync.DuplicateCandidate;
import org.griddesk.platform.store.sync.ReviewItemStore;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.server.ChangeVerdict;
import org.griddesk.sync.wire.Change;

/**
 * The cross-record rule for residents: a new or changed resident whose identity number another resident
 * of the county already holds is accepted (two grid workers may well meet the same person) but flagged as
 * a possible duplicate for a supervisor to merge. The identity number never appears in the note.
 */
final class DuplicateResidents {
    private final ReviewItemStore reviewItems;

    DuplicateResidents(ReviewItemStore reviewItems) {
        this.reviewItems = reviewItems;
    }

    /**
     * Looks up, before a batch is judged, the residents holding the identity numbers its residents set, so that
     * {@link #check} asks the database once per batch rather than once per resident.
     */
    void lookUp(List<Change> changes) {
        Set<String> numbers = new HashSet<>();
        for (Change change : changes) {
            if (RecordType.RESIDENT.wireName().equals(change.type()) && change.set() != null
                    && change.set().get(ResidentFields.ID_NUMBER) instanceof String number && !number.isBlank()) {
                numbers.add(number);
            }
        }
        reviewItems.lookUpIdNumbers(numbers);
    }

    ChangeVerdict check(ServerRecord current, ServerRecord proposed) {
        if (!RecordType.RESIDENT.wireName().equals(proposed.type()) || proposed.deleted()) {
            return ChangeVerdict.ACCEPTED;
        }
        Object idNumber = proposed.fields().get(ResidentFields.ID_NUMBER);
        if (!(idNumber instanceof String id) || id.isBlank() || !identityChanged(current, proposed)) {
            return ChangeVerdict.ACCEPTED;
        }
        List<DuplicateCandidate> others = reviewItems.residentsWithIdNumber(id, proposed.id());
        if (others.isEmpty()) {
            return ChangeVerdict.ACCEPTED;
        }
        List<String> notes = new ArrayList<>();
        for (DuplicateCandidate other : others) {
            notes.add(flag(proposed, other));
        }
        return ChangeVerdict.duplicate(String.join("；", notes));
    }

    private String flag(ServerRecord proposed, DuplicateCandidate other) {
        String household = text(proposed.fields().get(ResidentFields.HOUSEHOLD_ID));
        boolean otherHousehold = !Objects.equals(household, other.householdId());
        String field = otherHousehold ? ResidentFields.HOUSEHOLD_ID : ResidentFields.ID_NUMBER;
        reviewItems.addDuplicate(new ReviewItemStore.NewDuplicate(proposed.type(), proposed.id(), proposed.rev(),
                text(proposed.fields().get(ResidentFields.GRID)), field,
                otherHousehold ? household : null, otherHousehold ? other.householdId() : null, other.residentId()));
        return otherHousehold
                ? "同一身份证号的人员已登记在另一户（人员 " + other.residentId() + "），可能一人登记在两户，已提交审核"
                : "身份证号已由本户另一人员登记（人员 " + other.residentId() + "），可能重复登记，已提交审核";
    }

    /** Only a new identity number or a move to another household can create a new duplicate. */
    private static boolean identityChanged(ServerRecord current, ServerRecord proposed) {
        if (current == null || current.deleted()) {
            return true;
        }
        return !Objects.equals(current.fields().get(ResidentFields.ID_NUMBER),
                proposed.fields().get(ResidentFields.ID_NUMBER))
                || !Objects.equals(current.fields().get(ResidentFields.HOUSEHOLD_ID),
                proposed.fields().get(ResidentFields.HOUSEHOLD_ID));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
