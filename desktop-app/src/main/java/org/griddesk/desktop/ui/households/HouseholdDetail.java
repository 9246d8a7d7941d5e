package org.griddesk.desktop.ui.households;

import java.util.List;

/** What the detail pane shows of one household. */
public record HouseholdDetail(String id, String address, String place, String houseNo, List<MemberRow> members,
                              List<String> visits) {

    public HouseholdDetail {
        members = List.copyOf(members);
        visits = List.copyOf(visits);
    }
}
