package org.griddesk.desktop.ui.households;

import java.util.List;

import org.griddesk.model.record.ReviewReturn;

/**
 * What the detail pane shows of one household, with the history of the household and its members, and what a
 * supervisor sent back to be fixed (the household's own return first, then its members').
 */
public record HouseholdDetail(String id, String address, String place, String houseNo, List<MemberRow> members,
                              List<String> visits, List<HistoryRow> history, List<Returned> returned) {

    public HouseholdDetail {
        members = List.copyOf(members);
        visits = List.copyOf(visits);
        history = List.copyOf(history);
        returned = List.copyOf(returned);
    }

    public HouseholdDetail(String id, String address, String place, String houseNo, List<MemberRow> members,
                           List<String> visits, List<HistoryRow> history) {
        this(id, address, place, houseNo, members, visits, history, List.of());
    }

    public HouseholdDetail(String id, String address, String place, String houseNo, List<MemberRow> members,
                           List<String> visits) {
        this(id, address, place, houseNo, members, visits, List.of());
    }

    /** A return of the household ({@code memberName} empty) or of one of its members. */
    public record Returned(String memberName, ReviewReturn review) {
    }
}
