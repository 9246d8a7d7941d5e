package org.griddesk.desktop.ui.today;

import java.util.List;
import java.util.stream.Collectors;

import org.griddesk.desktop.service.today.TodayLine;
import org.griddesk.desktop.ui.common.PlatformErrorText;
import org.griddesk.desktop.ui.i18n.Localization;

/**
 * What a line of 今日 says, in the shown language: a first line the worker recognises (address, title, name) and
 * a second that says why it is here. 低保 and disability appear only as such a reason.
 */
final class TodayTexts {

    private final Localization localization;

    TodayTexts(Localization localization) {
        this.localization = localization;
    }

    String title(TodayRow row) {
        return title(row.line());
    }

    String detail(TodayRow row) {
        return detail(row.line());
    }

    String title(TodayLine line) {
        String title = line.title().isBlank() ? localization.lang("today.untitled") : line.title();
        return switch (line.kind()) {
            case APPLICATION_NEEDS_MATERIALS, APPLICATION_RETURNED, APPLICATION_DECIDED ->
                    line.subject().isBlank() ? title : title + " · " + line.subject();
            case RECORD_RETURNED, RECORD_REFUSED, RECORD_CONFLICT ->
                    localization.lang("today.type", typeName(line.subject()), title);
            default -> title;
        };
    }

    String detail(TodayLine line) {
        return switch (line.kind()) {
            case VISIT_DUE -> visitDetail(line);
            case ISSUE_OVERDUE -> localization.lang("today.issue.overdue", line.date(), line.days());
            case ISSUE_DISPATCHED -> line.date().isEmpty() ? localization.lang("today.issue.dispatched")
                    : localization.lang("today.issue.dispatchedDue", line.date());
            case APPLICATION_NEEDS_MATERIALS -> localization.lang("today.application.materials",
                    String.join(localization.lang("today.listSeparator"), line.reasons()));
            case APPLICATION_RETURNED -> withNote("today.application.returned", line.note());
            case APPLICATION_DECIDED -> localization.lang("today.application.decided",
                    localization.lang("applications.status." + line.status()),
                    line.date().isEmpty() ? "" : " " + line.date());
            case RECORD_RETURNED -> withNote("today.record.returned", line.note());
            case RECORD_REFUSED -> localization.lang("today.record.refused",
                    localization.lang(PlatformErrorText.ofReason(line.note())));
            case RECORD_CONFLICT -> localization.lang("today.record.conflict");
        };
    }

    private String visitDetail(TodayLine line) {
        String reasons = line.reasons().stream().map(code -> localization.lang("today.reason." + code))
                .collect(Collectors.joining(localization.lang("today.listSeparator")));
        String people = people(line.people());
        String last = line.days() < 0 ? localization.lang("today.visit.never")
                : localization.lang("today.visit.last", line.date(), line.days());
        return people.isEmpty() ? reasons + " · " + last : reasons + " · " + people + " · " + last;
    }

    /** "name:age" from the service reads 王秀英（86岁）. */
    private String people(List<String> people) {
        return people.stream().map(person -> {
            int colon = person.lastIndexOf(':');
            return colon < 0 ? person : localization.lang("today.person", person.substring(0, colon),
                    person.substring(colon + 1));
        }).collect(Collectors.joining(localization.lang("today.listSeparator")));
    }

    private String withNote(String key, String note) {
        return note.isBlank() ? localization.lang(key + ".plain") : localization.lang(key, note);
    }

    private String typeName(String type) {
        return switch (type) {
            case "household", "resident", "visit", "issue", "application", "service_rating" ->
                    localization.lang("today.recordType." + type);
            default -> localization.lang("today.recordType.other");
        };
    }
}
