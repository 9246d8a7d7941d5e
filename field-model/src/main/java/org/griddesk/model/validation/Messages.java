package org.griddesk.model.validation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.griddesk.model.i18n.FieldLabels;
import org.griddesk.model.record.RecordType;

/**
 * Turns validation problems into sentences in the user's language: zh-CN by default, English second.
 * An argument that is itself a key of the bundle (such as {@code table.sex}) is translated too.
 */
public final class Messages {

    static final String BUNDLE = "org.griddesk.model.validation.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final FieldLabels labels;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
        this.labels = FieldLabels.forLocale(locale);
    }

    /**
     * Without the no-fallback control, asking for English on a machine set to Chinese would still be
     * answered from the default locale's bundle; this way any locale without its own bundle gets the
     * base bundle, which is Chinese.
     */
    public static Messages forLocale(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String message(FieldProblem problem) {
        Object[] args = problem.args().stream().map(this::translateArgument).toArray();
        return new MessageFormat(bundle.getString(problem.code().messageKey()), locale).format(args);
    }

    /**
     * All problems of one record in one line, each behind its field's label, e.g.
     * "身份证号：身份证号校验位不对，请逐位核对；联系电话：…": the human-readable part of a rejection.
     */
    public String describe(RecordType type, List<FieldProblem> problems) {
        MessageFormat format = new MessageFormat(bundle.getString("format.problem"), locale);
        return problems.stream()
                .map(p -> format.format(new Object[] {labels.label(type, p.field()), message(p)}))
                .collect(Collectors.joining(bundle.getString("format.separator")));
    }

    /** True if the bundle has a sentence for this code; a test walks every code with it. */
    public boolean hasMessage(ValidationCode code) {
        return bundle.containsKey(code.messageKey());
    }

    boolean hasKey(String key) {
        return bundle.containsKey(key);
    }

    private String translateArgument(String arg) {
        return bundle.containsKey(arg) ? bundle.getString(arg) : arg;
    }
}
