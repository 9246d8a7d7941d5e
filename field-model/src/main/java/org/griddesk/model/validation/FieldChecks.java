package org.griddesk.model.validation;

import static org.griddesk.model.validation.ValidationCode.CODE_UNKNOWN;
import static org.griddesk.model.validation.ValidationCode.DATE_FORMAT;
import static org.griddesk.model.validation.ValidationCode.DATE_FUTURE;
import static org.griddesk.model.validation.ValidationCode.DIVISION_FORMAT;
import static org.griddesk.model.validation.ValidationCode.DIVISION_UNKNOWN;
import static org.griddesk.model.validation.ValidationCode.GRID_FORMAT;
import static org.griddesk.model.validation.ValidationCode.GRID_REGION_UNKNOWN;
import static org.griddesk.model.validation.ValidationCode.PHONE_INVALID;
import static org.griddesk.model.validation.ValidationCode.REFERENCE_FORMAT;
import static org.griddesk.model.validation.ValidationCode.REQUIRED;
import static org.griddesk.model.validation.ValidationCode.TEXT_TOO_LONG;
import static org.griddesk.model.validation.ValidationCode.TYPE_MISMATCH;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.griddesk.model.code.CodeSet;
import org.griddesk.model.code.DigitCodes;
import org.griddesk.model.code.DivisionTable;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.UuidV7Generator;

/**
 * The checks one field can need, run against one record's fields; problems accumulate so that a form
 * shows every wrong field at once. A missing or null optional field is never a problem.
 */
final class FieldChecks {

    private final Map<String, Object> fields;
    private final DivisionTable divisions;
    private final Clock clock;
    private final List<FieldProblem> problems = new ArrayList<>();

    FieldChecks(Map<String, Object> fields, DivisionTable divisions, Clock clock) {
        this.fields = fields;
        this.divisions = divisions;
        this.clock = clock;
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    void add(FieldProblem problem) {
        problems.add(problem);
    }

    boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    Map<String, Object> fields() {
        return fields;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void required(String... names) {
        for (String name : names) {
            Object value = fields.get(name);
            boolean empty = value == null
                    || (value instanceof String s && s.isBlank())
                    || (value instanceof List<?> l && l.isEmpty());
            if (empty) {
                add(FieldProblem.of(name, REQUIRED));
            }
        }
    }

    /** The field's text, if it holds a non-blank string; a non-string is reported once as a type mismatch. */
    Optional<String> text(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String s)) {
            if (!hasProblem(name)) {
                add(FieldProblem.of(name, TYPE_MISMATCH, "type.text"));
            }
            return Optional.empty();
        }
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    void maxLength(String name, int max) {
        text(name).filter(s -> s.codePointCount(0, s.length()) > max)
                .ifPresent(s -> add(FieldProblem.of(name, TEXT_TOO_LONG, String.valueOf(max))));
    }

    void code(String name, CodeSet set) {
        text(name).filter(code -> !set.table().contains(code))
                .ifPresent(code -> add(FieldProblem.of(name, CODE_UNKNOWN, "table." + set.tableName())));
    }

    List<String> stringList(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        add(FieldProblem.of(name, TYPE_MISMATCH, "type.list"));
        return List.of();
    }

    void codeList(String name, CodeSet set) {
        if (stringList(name).stream().anyMatch(code -> !set.table().contains(code))) {
            add(FieldProblem.of(name, CODE_UNKNOWN, "table." + set.tableName()));
        }
    }

    Optional<LocalDate> pastDate(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.get());
        } catch (DateTimeParseException e) {
            add(FieldProblem.of(name, DATE_FORMAT));
            return Optional.empty();
        }
        if (date.isAfter(today())) {
            add(FieldProblem.of(name, DATE_FUTURE));
            return Optional.empty();
        }
        return Optional.of(date);
    }

    void reference(String name) {
        text(name).filter(id -> !UuidV7Generator.isUuid(id))
                .ifPresent(id -> add(FieldProblem.of(name, REFERENCE_FORMAT)));
    }

    void phone(String name) {
        text(name).filter(number -> !PhoneNumbers.isValid(number))
                .ifPresent(number -> add(FieldProblem.of(name, PHONE_INVALID)));
    }

    void divisionCode(String name) {
        text(name).ifPresent(code -> {
            if (!DigitCodes.isDigits(code, 6) && !DigitCodes.isDigits(code, 12)) {
                add(FieldProblem.of(name, DIVISION_FORMAT));
            } else if (!divisions.exists(code)) {
                add(FieldProblem.of(name, DIVISION_UNKNOWN));
            }
        });
    }

    /** Grid codes are 12 digits and begin with the code of the county the grid lies in. */
    void gridCode(String name) {
        text(name).ifPresent(code -> {
            if (!DigitCodes.isDigits(code, 12)) {
                add(FieldProblem.of(name, GRID_FORMAT));
            } else if (!divisions.exists(code.substring(0, 6))) {
                add(FieldProblem.of(name, GRID_REGION_UNKNOWN));
            }
        });
    }

    /** Accepts a Location or its wire form, a {lon, lat} map, since the platform validates parsed JSON. */
    void location(String name) {
        Object value = fields.get(name);
        if (value == null || Location.fromWire(value).isPresent()) {
            return;
        }
        boolean looksLikeLocation = value instanceof Map<?, ?> map && map.containsKey("lon") && map.containsKey("lat");
        add(looksLikeLocation
                ? FieldProblem.of(name, ValidationCode.LOCATION_OUT_OF_RANGE)
                : FieldProblem.of(name, TYPE_MISMATCH, "type.location"));
    }
}
