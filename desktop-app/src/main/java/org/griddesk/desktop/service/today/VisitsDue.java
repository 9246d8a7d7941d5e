package org.griddesk.desktop.service.today;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.griddesk.desktop.service.registry.ResidentFacts;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.VisitFields;
import org.griddesk.sync.record.SyncRecord;

/**
 * Households that need a visit: someone in them is 80 or over, lives alone, is on 低保 or has a disability, and
 * the last visit is {@code intervalDays} or more days old (or there was none). A visit exactly {@code intervalDays}
 * ago is due again; one a day later than that is not.
 */
final class VisitsDue {

    static final String AGED = ResidentFacts.TAG_AGED_80_PLUS;
    static final String ALONE = ResidentFacts.TAG_LIVING_ALONE;
    static final String DIBAO = "dibao";
    static final String DISABLED = "disabled";
    private static final List<String> REASON_ORDER = List.of(AGED, ALONE, DIBAO, DISABLED);

    private final LocalDate today;
    private final int intervalDays;

    VisitsDue(LocalDate today, int intervalDays) {
        this.today = today;
        this.intervalDays = intervalDays;
    }

    List<TodayLine> lines(List<SyncRecord> households, List<SyncRecord> residents, List<SyncRecord> visits,
                          Predicate<SyncRecord> shown) {
        Map<String, List<FieldRecord>> members = new HashMap<>();
        for (SyncRecord resident : residents) {
            if (!resident.deleted() && shown.test(resident)) {
                members.computeIfAbsent(text(resident.field(ResidentFields.HOUSEHOLD_ID)), id -> new ArrayList<>())
                        .add(new FieldRecord(RecordType.RESIDENT, resident.id(), resident.fields(), 0, false));
            }
        }
        Map<String, LocalDate> lastVisit = lastVisits(visits);
        List<TodayLine> due = new ArrayList<>();
        for (SyncRecord household : households) {
            if (household.deleted() || !shown.test(household)) {
                continue;
            }
            List<FieldRecord> people = members.getOrDefault(household.id(), List.of());
            Set<String> reasons = new LinkedHashSet<>();
            List<String> who = new ArrayList<>();
            for (FieldRecord person : people) {
                List<String> own = reasonsOf(person, people);
                if (!own.isEmpty()) {
                    reasons.addAll(own);
                    who.add(nameOf(person));
                }
            }
            if (reasons.isEmpty()) {
                continue;
            }
            LocalDate last = lastVisit.get(household.id());
            long days = last == null ? -1 : ChronoUnit.DAYS.between(last, today);
            if (last == null || days >= intervalDays) {
                List<String> ordered = REASON_ORDER.stream().filter(reasons::contains).toList();
                due.add(new TodayLine(TodayKind.VISIT_DUE, new TodayTarget(TodayTarget.Place.HOUSEHOLD,
                        household.id()), address(household), "", ordered, who, last == null ? "" : last.toString(),
                        days, "", ""));
            }
        }
        // never visited first, then the longest wait
        due.sort(Comparator.comparingLong((TodayLine line) -> line.days() < 0 ? Long.MAX_VALUE : line.days())
                .reversed().thenComparing(TodayLine::title));
        return due;
    }

    private List<String> reasonsOf(FieldRecord person, List<FieldRecord> household) {
        ResidentFacts facts = ResidentFacts.of(person, household, today);
        if (!facts.active()) {
            return List.of();
        }
        List<String> tags = person.field(ResidentFields.CARE_TAGS).filter(List.class::isInstance)
                .map(list -> ((List<?>) list).stream().map(String::valueOf).toList()).orElse(List.of());
        List<String> reasons = new ArrayList<>();
        if (facts.aged80Plus()) {
            reasons.add(AGED);
        }
        if (facts.livingAlone()) {
            reasons.add(ALONE);
        }
        if (tags.contains(DIBAO)) {
            reasons.add(DIBAO);
        }
        if (tags.contains(DISABLED)) {
            reasons.add(DISABLED);
        }
        return reasons;
    }

    /** "name:age" when the age is known, so the line can say 王秀英（86岁）; never an identity number. */
    private String nameOf(FieldRecord person) {
        String name = person.string(ResidentFields.NAME).orElse("");
        var age = ResidentFacts.of(person, List.of(person), today).age();
        return age.isPresent() ? name + ":" + age.getAsInt() : name;
    }

    private static Map<String, LocalDate> lastVisits(List<SyncRecord> visits) {
        Map<String, LocalDate> last = new HashMap<>();
        for (SyncRecord visit : visits) {
            if (visit.deleted()) {
                continue;
            }
            LocalDate date = date(visit.field(VisitFields.DATE));
            if (date != null) {
                last.merge(text(visit.field(VisitFields.HOUSEHOLD_ID)), date,
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return last;
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String address(SyncRecord household) {
        String address = text(household.field(HouseholdFields.ADDRESS));
        String houseNo = text(household.field(HouseholdFields.HOUSE_NO));
        return houseNo.isBlank() || address.contains(houseNo) ? address : address + " " + houseNo;
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
