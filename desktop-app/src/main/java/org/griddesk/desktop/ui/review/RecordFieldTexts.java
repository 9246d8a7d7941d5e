package org.griddesk.desktop.ui.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.model.code.CodeSet;
import org.griddesk.model.i18n.FieldLabels;
import org.griddesk.model.record.CodedFields;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;

/**
 * A record's fields as the register names them, for the 审核 pane: "性别 男" where the record holds sex 1, identity and
 * phone numbers masked; a field or type GridDesk has no words for shows as it is stored.
 */
final class RecordFieldTexts {

    private final Optional<RecordType> type;
    private final Locale locale;
    private final FieldLabels labels;
    private final String separator;

    RecordFieldTexts(String recordType, Localization localization) {
        this.type = RecordType.fromWireName(recordType);
        this.locale = localization.getLocale();
        this.labels = FieldLabels.forLocale(locale);
        this.separator = localization.lang("list.separator");
    }

    /** The register's order (name before sex before birth date …), then fields it does not know, as given. */
    List<String> inRegisterOrder(Collection<String> fields) {
        List<String> order = type.map(RecordFieldTexts::registerOrder).orElse(List.of());
        List<String> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparingInt(field -> order.contains(field) ? order.indexOf(field) : order.size()));
        return sorted;
    }

    private static List<String> registerOrder(RecordType type) {
        return switch (type) {
            case RESIDENT -> Stream.concat(ResidentFields.CORE.stream(), ResidentFields.COLLECTION.stream()).toList();
            case HOUSEHOLD -> HouseholdFields.CORE;
            default -> List.of();
        };
    }

    String label(String field) {
        return type.map(known -> labels.label(known, field)).orElse(field);
    }

    String value(String field, Object value) {
        Optional<CodeSet> codes = type.flatMap(known -> CodedFields.of(known, field));
        if (codes.isPresent() && value instanceof String code) {
            return name(codes.get(), code);
        }
        if (codes.isPresent() && value instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(each -> name(codes.get(), String.valueOf(each)))
                    .collect(Collectors.joining(separator));
        }
        return ReviewTexts.masked(field, value);
    }

    private String name(CodeSet codes, String code) {
        return codes.table().byCode(code).map(entry -> entry.displayName(locale)).orElse(code);
    }
}
