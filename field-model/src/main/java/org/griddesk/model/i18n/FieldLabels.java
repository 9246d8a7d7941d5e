package org.griddesk.model.i18n;

import java.util.Locale;
import java.util.ResourceBundle;
import org.griddesk.model.record.RecordType;

/**
 * What a person calls a record type and its fields ("身份证号" for resident.idNumber), shared by the
 * app's forms and the platform's messages so that both name a field the same way.
 */
public final class FieldLabels {

    static final String BUNDLE = "org.griddesk.model.i18n.fields";

    private final ResourceBundle bundle;

    private FieldLabels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Chinese for every locale without its own bundle, as for validation messages. */
    public static FieldLabels forLocale(Locale locale) {
        return new FieldLabels(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String typeLabel(RecordType type) {
        return lookup("type." + type.wireName(), type.wireName());
    }

    /** The field's label, or its wire name for a field added later that has no label yet. */
    public String label(RecordType type, String field) {
        return lookup(type.wireName() + "." + field, field);
    }

    public boolean hasLabel(RecordType type, String field) {
        return bundle.containsKey(type.wireName() + "." + field);
    }

    private String lookup(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
