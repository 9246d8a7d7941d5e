package org.griddesk.model.forms;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.griddesk.model.forms.XlsSheet.XlsRow;

/**
 * Turns XLSForm {@code ${name}} references into XPath as pyxform writes them: an absolute path with a space
 * on each side, or a relative one ({@code ../name}) between questions of the same repeat so that each
 * repeat instance refers to its own answers; inside a choice filter relative paths start at
 * {@code current()}.
 */
final class Expressions {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

    private final Map<String, SurveyNode> byName;

    Expressions(Map<String, SurveyNode> byName) {
        this.byName = byName;
    }

    String resolve(String expression, SurveyNode context, XlsRow row, String column, boolean choiceFilter)
            throws XlsFormException {
        if (expression.chars().filter(c -> c == '(').count() != expression.chars().filter(c -> c == ')').count()) {
            throw row.problem(column, "unbalanced parentheses in '" + expression + "'");
        }
        Matcher matcher = REFERENCE.matcher(expression);
        StringBuilder xpath = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            SurveyNode target = byName.get(name);
            if (target == null) {
                throw row.problem(column, "${" + name + "} names no question of this form");
            }
            matcher.appendReplacement(xpath, Matcher.quoteReplacement(" " + path(context, target, choiceFilter) + " "));
        }
        matcher.appendTail(xpath);
        if (xpath.indexOf("${") >= 0) {
            throw row.problem(column, "an unclosed ${ in '" + expression + "'");
        }
        return xpath.toString();
    }

    private static String path(SurveyNode context, SurveyNode target, boolean choiceFilter) {
        SurveyNode repeat = target.innermostRepeat();
        if (repeat == null || !context.isInside(repeat)) {
            return target.path();
        }
        SurveyNode common = commonAncestor(context, target);
        if (common == context && !choiceFilter) {
            return target == context ? "." : target.path().substring(context.path().length() + 1);
        }
        String up = "../".repeat(context.depth() - common.depth());
        String down = target == common ? "" : target.path().substring(common.path().length() + 1);
        String relative = (up + down).replaceAll("/$", "");
        return choiceFilter ? "current()/" + relative : relative;
    }

    private static SurveyNode commonAncestor(SurveyNode a, SurveyNode b) {
        for (SurveyNode node = a; node != null; node = node.parent()) {
            if (b.isInside(node)) {
                return node;
            }
        }
        throw new IllegalStateException("nodes of two trees");
    }
}
