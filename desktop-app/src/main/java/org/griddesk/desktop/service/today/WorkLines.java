package org.griddesk.desktop.service.today;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.griddesk.desktop.service.applications.ApplicationFields;
import org.griddesk.desktop.service.applications.ApplicationStatus;
import org.griddesk.desktop.service.issues.IssueFields;
import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.sync.record.SyncRecord;

/** The lines about issues and applications: what is late, what was given to the worker, what came back. */
final class WorkLines {

    static final String ASSIGNEE = "assignee";
    static final String DEADLINE = "deadline";
    static final String DECIDED_AT = "decidedAt";
    /** Closed issues wait for nobody; a returned one is listed once, among the records returned. */
    private static final Set<IssueStatus> CLOSED = Set.of(IssueStatus.RESOLVED, IssueStatus.ARCHIVED,
            IssueStatus.RETURNED);
    private static final Set<ApplicationStatus> DECIDED =
            Set.of(ApplicationStatus.ACCEPTED, ApplicationStatus.APPROVED, ApplicationStatus.REJECTED);

    private final LocalDate today;
    private final ZoneId zone;
    private final String worker;

    /** @param worker the signed-in user name, or null before the first sign-in (nothing is dispatched to it then) */
    WorkLines(LocalDate today, ZoneId zone, String worker) {
        this.today = today;
        this.zone = zone;
        this.worker = worker;
    }

    /** Overdue issues first (the longest overdue on top), then those dispatched to the worker. */
    List<TodayLine> issues(List<SyncRecord> issues, Predicate<SyncRecord> shown) {
        List<TodayLine> overdue = new ArrayList<>();
        List<TodayLine> dispatched = new ArrayList<>();
        for (SyncRecord issue : issues) {
            IssueStatus status = IssueStatus.fromCode(issue.field(IssueFields.STATUS)).orElse(IssueStatus.REPORTED);
            if (issue.deleted() || !shown.test(issue) || CLOSED.contains(status)) {
                continue;
            }
            LocalDate deadline = day(issue.field(DEADLINE));
            String title = VisitsDue.text(issue.field(IssueFields.TITLE));
            TodayTarget target = new TodayTarget(TodayTarget.Place.ISSUE, issue.id());
            String date = deadline == null ? "" : deadline.toString();
            if (deadline != null && deadline.isBefore(today)) {
                overdue.add(new TodayLine(TodayKind.ISSUE_OVERDUE, target, title, "", List.of(), List.of(), date,
                        ChronoUnit.DAYS.between(deadline, today), "", status.code()));
            } else if (worker != null && worker.equals(issue.field(ASSIGNEE))) {
                dispatched.add(new TodayLine(TodayKind.ISSUE_DISPATCHED, target, title, "", List.of(), List.of(), date,
                        -1, "", status.code()));
            }
        }
        overdue.sort(java.util.Comparator.comparingLong(TodayLine::days).reversed());
        dispatched.sort(java.util.Comparator.comparing((TodayLine line) -> line.date().isEmpty() ? "9" : line.date()));
        List<TodayLine> lines = new ArrayList<>(overdue);
        lines.addAll(dispatched);
        return lines;
    }

    /**
     * Applications waiting for materials or returned, whatever the worker has seen (they wait for the worker), and
     * decisions the worker has not passed on yet: a decision arrives only by sync, so one not yet marked as told
     * came with a sync since the worker last looked.
     *
     * @param seen the status each application had when the worker last saw it (代办's 已告知)
     * @param residentNames resident names by id, for the title
     * @param formTitles    form titles by formId, for the subject
     */
    List<TodayLine> applications(List<SyncRecord> applications, Map<String, String> seen,
                                 Map<String, String> residentNames, Map<String, String> formTitles,
                                 Predicate<SyncRecord> shown) {
        List<TodayLine> lines = new ArrayList<>();
        for (SyncRecord application : applications) {
            if (application.deleted() || !shown.test(application)) {
                continue;
            }
            ApplicationStatus status = ApplicationStatus.fromCode(application.field(ApplicationFields.STATUS))
                    .orElse(ApplicationStatus.SUBMITTED);
            TodayKind kind = status == ApplicationStatus.NEEDS_MATERIALS ? TodayKind.APPLICATION_NEEDS_MATERIALS
                    : status == ApplicationStatus.RETURNED ? TodayKind.APPLICATION_RETURNED
                    : DECIDED.contains(status) && !status.code().equals(seen.get(application.id()))
                    ? TodayKind.APPLICATION_DECIDED : null;
            if (kind == null) {
                continue;
            }
            String resident = residentNames.getOrDefault(
                    VisitsDue.text(application.field(ApplicationFields.RESIDENT_ID)), "");
            // the missing materials are listed as the reasons; the screen joins them in its language
            List<String> missing = kind == TodayKind.APPLICATION_NEEDS_MATERIALS
                    ? texts(application.field(ApplicationFields.MISSING_MATERIALS)) : List.of();
            String note = kind == TodayKind.APPLICATION_NEEDS_MATERIALS ? ""
                    : VisitsDue.text(application.field(ApplicationFields.DECISION_NOTE));
            LocalDate decided = day(application.field(DECIDED_AT));
            String formId = VisitsDue.text(application.field(ApplicationFields.TEMPLATE_ID));
            lines.add(new TodayLine(kind, new TodayTarget(TodayTarget.Place.APPLICATION, application.id()), resident,
                    formTitles.getOrDefault(formId, formId), missing, List.of(),
                    decided == null ? "" : decided.toString(), -1, note, status.code()));
        }
        return lines;
    }

    /** A date or a date-time (ISO), as the day it is in China; null when it is neither. */
    LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > 10) {
            try {
                return Instant.parse(text).atZone(zone).toLocalDate();
            } catch (DateTimeParseException e) {
                return VisitsDue.date(text);
            }
        }
        return VisitsDue.date(text);
    }

    static List<String> texts(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
