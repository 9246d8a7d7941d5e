package org.griddesk.model.validation;

import java.util.Locale;

/**
 * Why a field value was refused. {@link #code()} is stable and machine-readable: the platform sends it
 * in rejections and clients may switch on it, so codes are never renamed, only added.
 */
public enum ValidationCode {
    REQUIRED,
    TYPE_MISMATCH,
    TEXT_TOO_LONG,
    FORBIDDEN_FIELD,
    CODE_UNKNOWN,
    DATE_FORMAT,
    DATE_FUTURE,
    REFERENCE_FORMAT,
    LOCATION_OUT_OF_RANGE,
    ID_LENGTH,
    ID_LEGACY_FORMAT,
    ID_FORMAT,
    ID_CHECKSUM,
    ID_REGION_UNKNOWN,
    ID_BIRTH_INVALID,
    ID_BIRTH_FUTURE,
    ID_BIRTH_MISMATCH,
    ID_SEX_MISMATCH,
    PHONE_INVALID,
    DIVISION_FORMAT,
    DIVISION_UNKNOWN,
    GRID_FORMAT,
    GRID_REGION_UNKNOWN,
    DISABILITY_INCOMPLETE,
    CARE_TAG_AGE_MISMATCH,
    /** A note, never a refusal: the identity number's county was abolished or renamed since (see notes()). */
    ID_REGION_FORMER;

    /** The wire form, e.g. {@code id_checksum}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The resource bundle key of the message. */
    String messageKey() {
        return "validation." + code();
    }
}
