package org.griddesk.desktop.service.today;

import java.util.List;

/**
 * One thing to do today.
 *
 * @param title    what the worker recognises it by: an address, an issue's title, a resident's name
 * @param subject  what it is about besides: an application's form title, a returned record's type; or empty
 * @param reasons  codes saying why it is listed (for a due visit: aged_80_plus, living_alone, dibao, disabled);
 *                 sensitive facts appear only here, as a reason, never as numbers; for an application that needs
 *                 materials, the names of the missing ones
 * @param people   the residents a due visit is for, "name" or "name:age"
 * @param date     the date the line is about (last visit, deadline, decision), ISO yyyy-MM-dd, or empty
 * @param days     days since the last visit, or past the deadline; -1 when not counted (never visited)
 * @param note     what a supervisor or the platform wrote (comment, refusal reason), or empty
 * @param status   a status code where the section holds several (application decision, record type), or empty
 */
public record TodayLine(TodayKind kind, TodayTarget target, String title, String subject, List<String> reasons,
                        List<String> people,
                        String date, long days, String note, String status) {

    public TodayLine {
        reasons = List.copyOf(reasons);
        people = List.copyOf(people);
        title = title == null ? "" : title;
        subject = subject == null ? "" : subject;
        date = date == null ? "" : date;
        note = note == null ? "" : note;
        status = status == null ? "" : status;
    }
}
