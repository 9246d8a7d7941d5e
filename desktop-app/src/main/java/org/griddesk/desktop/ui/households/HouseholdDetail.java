package org.griddesk.desktop.ui.households;

import java.util.List;

/** What the detail pane shows of one household, with the history of the household and its members. */
public record HouseholdDetail(String id, String address, String place, String houseNo, List<MemberRow> members,
                              List<String> visits, List<HistoryRow> history) {

    public HouseholdDetail {
        members = List.copyOf(members);
        visits = List.copyOf(visits);
        history = List.copyOf(history);
    }

    public HouseholdDetail(String id, String address, String place, String houseNo, List<MemberRow> members,
                           List<String> visits) {
        this(id, address, place, houseNo, members, visits, List.of());
    }
}
