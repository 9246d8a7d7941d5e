package org.griddesk.model.validation;

/** The field checks of one record type. */
interface RecordRules {

    void check(FieldChecks checks);
}
