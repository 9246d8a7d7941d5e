package org.griddesk.desktop.service.registry.imports;

import java.util.Locale;

/** Problems only a whole file can show; stable codes like field-model's validation codes. */
enum ImportCode {
    DUPLICATE_ID_NUMBER,
    HOUSEHOLD_NO_HEAD,
    HOUSEHOLD_SEVERAL_HEADS,
    HOUSEHOLD_MISMATCH,
    HOUSEHOLD_ROW_INVALID;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
