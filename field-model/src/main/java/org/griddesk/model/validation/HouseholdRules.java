package org.griddesk.model.validation;

import static org.griddesk.model.record.HouseholdFields.ADDRESS;
import static org.griddesk.model.record.HouseholdFields.DIVISION_CODE;
import static org.griddesk.model.record.HouseholdFields.GRID;
import static org.griddesk.model.record.HouseholdFields.HEAD_ID;
import static org.griddesk.model.record.HouseholdFields.HOUSEHOLD_TYPE;
import static org.griddesk.model.record.HouseholdFields.HOUSE_NO;
import static org.griddesk.model.record.HouseholdFields.LOCATION;
import static org.griddesk.model.record.HouseholdFields.TAGS;

import org.griddesk.model.code.CodeSet;

final class HouseholdRules implements RecordRules {

    @Override
    public void check(FieldChecks checks) {
        checks.required(GRID, DIVISION_CODE, ADDRESS, HOUSEHOLD_TYPE);
        checks.gridCode(GRID);
        checks.divisionCode(DIVISION_CODE);
        checks.maxLength(ADDRESS, 200);
        checks.maxLength(HOUSE_NO, 50);
        checks.code(HOUSEHOLD_TYPE, CodeSet.HOUSEHOLD_TYPE);
        checks.reference(HEAD_ID);
        checks.location(LOCATION);
        checks.stringList(TAGS);
    }
}
