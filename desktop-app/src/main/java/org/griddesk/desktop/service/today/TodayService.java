package org.griddesk.desktop.service.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.griddesk.desktop.service.applications.ApplicationFields;
import org.griddesk.desktop.service.issues.IssueFields;
import org.griddesk.desktop.store.sync.LocalRecords;
import org.griddesk.desktop.store.sync.TroubledRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.ReviewReturn;
import org.griddesk.model.record.VisitFields;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.SyncState;

/**
 * 今日: the worker's day computed from the device store in one read (call it off the FX thread). The store holds
 * only the worker's grids (the platform sends nothing else); records that left them and still wait for an upload,
 * or that carry another grid than the account's, are left out all the same.
 */
public final class TodayService {

    /** Set on a household, resident or visit by a supervisor's 退回 (platform review). */
    static final String REVIEW_STATUS = ReviewReturn.REVIEW_STATUS;
    static final String REVIEW_COMMENT = ReviewReturn.REVIEW_COMMENT;
    static final String RETURNED = ReviewReturn.RETURNED;

    private final LocalRecords records;
    private final Clock clock;
    private final IntSupplier visitIntervalDays;
    private final Supplier<Map<String, String>> seenApplications;
    private final Supplier<TodayAccount> account;

    /**
     * @param clock             the Chinese calendar day ("today") comes from it
     * @param seenApplications  the status each application had when the worker last saw it in 代办
     * @param account           the signed-in worker's name and grids, read anew on each refresh
     */
    public TodayService(LocalRecords records, Clock clock, IntSupplier visitIntervalDays,
                        Supplier<Map<String, String>> seenApplications, Supplier<TodayAccount> account) {
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.visitIntervalDays = visitIntervalDays;
        this.seenApplications = seenApplications;
        this.account = account;
    }

    public TodayReport today() {
        LocalDate day = LocalDate.now(clock);
        int interval = visitIntervalDays.getAsInt();
        TodayAccount who = account.get();
        Set<RecordKey> left = records.leftScope();
        Predicate<SyncRecord> shown = record -> !left.contains(record.key()) && who.covers(record.field("grid"));
        List<SyncRecord> households = records.localViews(RecordType.HOUSEHOLD.wireName());
        List<SyncRecord> residents = records.localViews(RecordType.RESIDENT.wireName());
        List<SyncRecord> visits = records.localViews(RecordType.VISIT.wireName());
        List<SyncRecord> issues = records.localViews(IssueFields.TYPE);
        Names names = new Names(households, residents, visits, issues);

        List<TodayLine> lines = new ArrayList<>(new VisitsDue(day, interval).lines(households, residents, visits, shown));
        WorkLines work = new WorkLines(day, clock.getZone(), who.username());
        lines.addAll(work.issues(issues, shown));
        lines.addAll(work.applications(records.localViews(ApplicationFields.TYPE), seenApplications.get(),
                names.residentNames(), formTitles(), shown));
        lines.addAll(returned(names, shown));
        lines.addAll(troubles(names, records.troubled()));
        return new TodayReport(day, interval, lines);
    }

    private List<TodayLine> returned(Names names, Predicate<SyncRecord> shown) {
        List<TodayLine> lines = new ArrayList<>();
        for (SyncRecord record : names.all()) {
            boolean returnedRecord = RETURNED.equals(record.field(REVIEW_STATUS));
            boolean returnedIssue = record.type().equals(IssueFields.TYPE)
                    && RETURNED.equals(record.field(IssueFields.STATUS));
            if (record.deleted() || !shown.test(record) || !(returnedRecord || returnedIssue)) {
                continue;
            }
            lines.add(new TodayLine(TodayKind.RECORD_RETURNED, names.target(record.key()), names.title(record.key()),
                    record.type(), List.of(), List.of(), "", -1, VisitsDue.text(record.field(REVIEW_COMMENT)),
                    RETURNED));
        }
        return lines;
    }

    /** Refused records and conflicts are acted on in 同步 (correct, send again, or, last, discard). */
    private static List<TodayLine> troubles(Names names, List<TroubledRecord> troubled) {
        List<TodayLine> lines = new ArrayList<>();
        for (TroubledRecord trouble : troubled) {
            boolean conflict = trouble.status().state() == SyncState.CONFLICT;
            lines.add(new TodayLine(conflict ? TodayKind.RECORD_CONFLICT : TodayKind.RECORD_REFUSED,
                    new TodayTarget(TodayTarget.Place.SYNC, trouble.key().id()), names.title(trouble.key()),
                    trouble.key().type(), List.of(), List.of(), "", -1, trouble.status().reason(),
                    conflict ? "conflict" : "rejected"));
        }
        return lines;
    }

    private Map<String, String> formTitles() {
        Map<String, String> titles = new HashMap<>();
        for (SyncRecord template : records.localViews(ApplicationFields.TEMPLATE_TYPE)) {
            String title = VisitsDue.text(template.field(ApplicationFields.TITLE));
            if (!template.deleted() && !title.isBlank()) {
                titles.put(VisitsDue.text(template.field(ApplicationFields.FORM_ID)), title);
            }
        }
        return titles;
    }

    /** What a worker calls a record, and where a line about it leads. */
    private static final class Names {
        private final Map<RecordKey, SyncRecord> byKey = new HashMap<>();

        Names(List<SyncRecord> households, List<SyncRecord> residents, List<SyncRecord> visits,
              List<SyncRecord> issues) {
            for (List<SyncRecord> list : List.of(households, residents, visits, issues)) {
                list.forEach(record -> byKey.put(record.key(), record));
            }
        }

        List<SyncRecord> all() {
            return List.copyOf(byKey.values()).stream()
                    .sorted(java.util.Comparator.comparing(SyncRecord::type).thenComparing(SyncRecord::id)).toList();
        }

        Map<String, String> residentNames() {
            Map<String, String> names = new HashMap<>();
            byKey.values().stream().filter(r -> r.type().equals(RecordType.RESIDENT.wireName()))
                    .forEach(r -> names.put(r.id(), VisitsDue.text(r.field(ResidentFields.NAME))));
            return names;
        }

        String title(RecordKey key) {
            SyncRecord record = byKey.get(key);
            if (record == null) {
                return "";
            }
            return switch (key.type()) {
                case "household" -> VisitsDue.text(record.field(HouseholdFields.ADDRESS));
                case "resident" -> VisitsDue.text(record.field(ResidentFields.NAME));
                case "visit" -> title(household(VisitFields.HOUSEHOLD_ID, record)) + " "
                        + VisitsDue.text(record.field(VisitFields.DATE));
                case "issue" -> VisitsDue.text(record.field(IssueFields.TITLE));
                default -> "";
            };
        }

        TodayTarget target(RecordKey key) {
            SyncRecord record = byKey.get(key);
            return switch (key.type()) {
                case "issue" -> new TodayTarget(TodayTarget.Place.ISSUE, key.id());
                case "household" -> new TodayTarget(TodayTarget.Place.HOUSEHOLD, key.id());
                case "resident", "visit" -> new TodayTarget(TodayTarget.Place.HOUSEHOLD,
                        household(ResidentFields.HOUSEHOLD_ID, record).id());
                default -> new TodayTarget(TodayTarget.Place.SYNC, key.id());
            };
        }

        private static RecordKey household(String field, SyncRecord record) {
            return new RecordKey(RecordType.HOUSEHOLD.wireName(), record == null ? "" : VisitsDue.text(record.field(field)));
        }
    }
}
