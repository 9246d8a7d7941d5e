package org.griddesk.desktop.service.registry.search;

import java.util.Locale;
import org.griddesk.model.privacy.Masking;

/** A resident as the index keeps it: search keys precomputed once, masked numbers ready for display. */
final class IndexedResident {

    final ResidentEntry entry;
    final String nameKey;
    final String addressKey;
    final String idNumberKey;
    final String phoneKey;

    IndexedResident(ResidentEntry entry) {
        this.entry = entry;
        this.nameKey = sameIfEqual(QueryText.normalize(entry.name()), entry.name());
        this.addressKey = sameIfEqual(QueryText.normalize(entry.address()), entry.address());
        this.idNumberKey = sameIfEqual(entry.idNumber().toLowerCase(Locale.ROOT), entry.idNumber());
        this.phoneKey = sameIfEqual(QueryText.digitsOnly(entry.phone()), entry.phone());
    }

    /** Most keys equal the text they come from; sharing the instance halves what 100,000 residents cost. */
    private static String sameIfEqual(String key, String original) {
        return key.equals(original) ? original : key;
    }

    SearchHit toHit(MatchKind kind) {
        return new SearchHit(entry.id(), entry.name(),
                entry.idNumber().isEmpty() ? "" : Masking.idNumber(entry.idNumber()),
                entry.phone().isEmpty() ? "" : Masking.phone(entry.phone()),
                entry.address(), entry.householdId(), kind);
    }
}
