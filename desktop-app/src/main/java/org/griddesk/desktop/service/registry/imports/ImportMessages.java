package org.griddesk.desktop.service.registry.imports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the import in the user's language (zh-CN default, English): column names and file-level problems. */
final class ImportMessages {

    private static final String BUNDLE = "org.griddesk.desktop.service.registry.imports.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ImportMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Like field-model's messages: a locale without its own bundle gets Chinese, not the machine's default. */
    static ImportMessages forLocale(Locale locale) {
        return new ImportMessages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    String columnLabel(ImportColumn column) {
        return bundle.getString(column.labelKey());
    }

    String problemsHeader() {
        return bundle.getString("column.problems");
    }

    String message(ImportCode code, Object... args) {
        return new MessageFormat(bundle.getString("import." + code.code()), locale).format(args);
    }

    String problemInColumn(String column, String message) {
        return new MessageFormat(bundle.getString("format.problem"), locale).format(new Object[] {column, message});
    }

    String listSeparator() {
        return bundle.getString("format.list");
    }

    String separator() {
        return bundle.getString("format.separator");
    }
}
