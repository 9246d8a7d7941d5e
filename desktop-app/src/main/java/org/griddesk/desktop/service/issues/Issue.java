package org.griddesk.desktop.service.issues;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.griddesk.model.record.Location;
import org.griddesk.model.record.ReviewReturn;
import org.griddesk.sync.record.SyncRecord;

/**
 * An issue as the screens see it, read from the local view of its record. {@code review}: a supervisor's return of
 * the record with what to fix, null when it is not returned.
 */
public record Issue(String id, String grid, String category, String title, String description, Location location,
                    IssueStatus status, IssuePriority priority, List<String> photos, List<String> residentIds,
                    String reporter, List<TimelineEntry> timeline, ReviewReturn review) {

    public Issue {
        photos = List.copyOf(photos);
        residentIds = List.copyOf(residentIds);
        timeline = List.copyOf(timeline);
    }

    public Optional<ReviewReturn> returned() {
        return Optional.ofNullable(review);
    }

    public Optional<Location> place() {
        return Optional.ofNullable(location);
    }

    static Issue of(SyncRecord record) {
        return new Issue(record.id(), text(record, IssueFields.GRID), text(record, IssueFields.CATEGORY),
                text(record, IssueFields.TITLE), text(record, IssueFields.DESCRIPTION),
                Location.fromWire(record.field(IssueFields.LOCATION)).orElse(null),
                IssueStatus.fromCode(record.field(IssueFields.STATUS)).orElse(IssueStatus.REPORTED),
                IssuePriority.fromCode(record.field(IssueFields.PRIORITY)).orElse(IssuePriority.NORMAL),
                strings(record.field(IssueFields.PHOTOS)), strings(record.field(IssueFields.RESIDENT_IDS)),
                text(record, IssueFields.REPORTER), timeline(record.field(IssueFields.TIMELINE)),
                ReviewReturn.of(record::field).orElse(null));
    }

    private static String text(SyncRecord record, String field) {
        Object value = record.field(field);
        return value == null ? "" : value.toString();
    }

    static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Objects::nonNull).map(Object::toString).toList();
    }

    private static List<TimelineEntry> timeline(Object value) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (String text : strings(value)) {
            TimelineEntry entry = TimelineEntry.fromText(text);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
