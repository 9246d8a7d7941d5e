package org.griddesk.model.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.griddesk.model.forms.XlsSheet.XlsRow;

/**
 * Converts an XLSForm workbook (sheets survey, choices, settings) into an ODK XForm shaped like pyxform's
 * output, so that a template moves freely between GridDesk and the ODK tools. What it cannot convert it refuses
 * with an {@link XlsFormException} naming the sheet, row and column; it never guesses.
 */
public final class XlsFormConverter {
    static final Pattern XML_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");
    private static final String ROOT = "data";

    /** The XForm text with what the template says about itself. */
    public record ConvertedForm(FormTemplateInfo info, String xform) {
    }

    public ConvertedForm convert(InputStream xlsx) throws XlsFormException, IOException {
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            return convert(workbook);
        } catch (IllegalArgumentException e) {
            throw new IOException("Not an Excel workbook: " + e.getMessage(), e);
        }
    }

    private ConvertedForm convert(Workbook workbook) throws XlsFormException {
        XlsSheet survey = XlsSheet.read(workbook, "survey")
                .orElseThrow(() -> new XlsFormException("survey", 1, "type", "the workbook has no survey sheet"));
        Optional<XlsSheet> choices = XlsSheet.read(workbook, "choices");
        XlsSheet settings = XlsSheet.read(workbook, "settings")
                .orElseThrow(() -> new XlsFormException("settings", 1, "form_id", "the workbook has no settings sheet"));
        checkColumns(survey);
        List<XlsSheet> translatable = new ArrayList<>(List.of(survey));
        choices.ifPresent(translatable::add);
        SurveyColumns columns = SurveyColumns.of(translatable);
        FormSettings formSettings = FormSettings.read(settings, columns);
        Map<String, List<XlsRow>> lists = choices.isPresent() ? readChoices(choices.get()) : Map.of();
        SurveyNode root = SurveyNode.root(ROOT);
        Map<String, SurveyNode> byName = readSurvey(survey, root, lists);
        String xform = new XFormWriter(formSettings, columns, lists, new Expressions(byName)).write(root);
        return new ConvertedForm(formSettings.info(columns), xform);
    }

    private static void checkColumns(XlsSheet survey) throws XlsFormException {
        for (XlsRow row : survey.rows()) {
            for (String header : row.cells().keySet()) {
                if (!SurveyColumns.SURVEY.contains(SurveyColumns.baseOf(header))) {
                    throw row.problem(header, "GridDesk does not convert the column '" + header + "'");
                }
            }
        }
    }

    private static Map<String, List<XlsRow>> readChoices(XlsSheet choices) throws XlsFormException {
        Map<String, List<XlsRow>> lists = new LinkedHashMap<>();
        for (XlsRow row : choices.rows()) {
            String list = row.get("list_name");
            String name = row.get("name");
            if (list.isEmpty()) {
                throw row.problem("list_name", "a choice without a list_name");
            }
            if (name.isEmpty()) {
                throw row.problem("name", "a choice without a name");
            }
            if (name.contains(" ")) {
                throw row.problem("name", "a choice name may not contain spaces: '" + name + "'");
            }
            for (String header : row.cells().keySet()) {
                String base = SurveyColumns.baseOf(header);
                if (!base.equals("label") && !base.equals("list_name") && !base.equals("name")
                        && (header.contains(":") || !XML_NAME.matcher(header).matches())) {
                    throw row.problem(header, "GridDesk does not convert the choices column '" + header + "'");
                }
            }
            List<XlsRow> members = lists.computeIfAbsent(list, key -> new ArrayList<>());
            if (members.stream().anyMatch(other -> other.get("name").equals(name))) {
                throw row.problem("name", "the choice '" + name + "' appears twice in the list '" + list + "'");
            }
            members.add(row);
        }
        return lists;
    }

    private static Map<String, SurveyNode> readSurvey(XlsSheet survey, SurveyNode root,
                                                      Map<String, List<XlsRow>> lists) throws XlsFormException {
        Map<String, SurveyNode> byName = new HashMap<>();
        Deque<SurveyNode> open = new ArrayDeque<>();
        open.push(root);
        for (XlsRow row : survey.rows()) {
            String type = row.get("type").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
            if (type.isEmpty()) {
                throw row.problem("type", "a row without a type");
            }
            if (type.equals("end group") || type.equals("end_group") || type.equals("end repeat")
                    || type.equals("end_repeat")) {
                QuestionType ending = type.contains("repeat") ? QuestionType.REPEAT : QuestionType.GROUP;
                if (open.size() == 1 || open.peek().type() != ending) {
                    throw row.problem("type", "'" + row.get("type") + "' closes no open " + ending.name()
                            .toLowerCase(Locale.ROOT));
                }
                open.pop();
                continue;
            }
            ParsedType parsed = parseType(row, type, lists);
            String name = row.get("name");
            if (name.isEmpty()) {
                throw row.problem("name", "a " + type + " without a name");
            }
            if (!XML_NAME.matcher(name).matches() || name.equalsIgnoreCase("meta")) {
                throw row.problem("name", "'" + name + "' cannot name a question (letters, digits, _ - . only, "
                        + "not starting with a digit, and not 'meta')");
            }
            if (byName.containsKey(name)) {
                throw row.problem("name", "the name '" + name + "' is used twice (also on row "
                        + byName.get(name).row().number() + ")");
            }
            SurveyNode node = new SurveyNode(parsed.type(), name, parsed.listName(), row, open.peek());
            byName.put(name, node);
            checkCells(node);
            if (parsed.type().isSection()) {
                open.push(node);
            }
        }
        if (open.size() > 1) {
            SurveyNode unclosed = open.peek();
            throw unclosed.row().problem("type", "'" + unclosed.row().get("type") + "' is never ended");
        }
        if (root.children().isEmpty()) {
            throw new XlsFormException("survey", 2, "type", "the survey has no questions");
        }
        return byName;
    }

    private record ParsedType(QuestionType type, String listName) {
    }

    private static ParsedType parseType(XlsRow row, String type, Map<String, List<XlsRow>> lists)
            throws XlsFormException {
        String[] words = type.replace("select one ", "select_one ").replace("select multiple ", "select_multiple ")
                .split(" ");
        if (words[0].equals("select_one") || words[0].equals("select_multiple")) {
            if (words.length != 2) {
                throw row.problem("type", "'" + row.get("type") + "' must be select_one or select_multiple and one "
                        + "list name (or_other and from_file are not supported)");
            }
            if (!lists.containsKey(words[1])) {
                throw row.problem("type", "the choices sheet has no list named '" + words[1] + "'");
            }
            return new ParsedType(words[0].equals("select_one") ? QuestionType.SELECT_ONE
                    : QuestionType.SELECT_MULTIPLE, words[1]);
        }
        QuestionType simple = switch (type) {
            case "text", "string" -> QuestionType.TEXT;
            case "integer", "int" -> QuestionType.INTEGER;
            case "decimal" -> QuestionType.DECIMAL;
            case "date" -> QuestionType.DATE;
            case "note" -> QuestionType.NOTE;
            case "image" -> QuestionType.IMAGE;
            case "calculate" -> QuestionType.CALCULATE;
            case "begin group", "begin_group" -> QuestionType.GROUP;
            case "begin repeat", "begin_repeat" -> QuestionType.REPEAT;
            default -> null;
        };
        if (simple == null) {
            throw row.problem("type", "GridDesk does not convert the question type '" + row.get("type") + "'");
        }
        return new ParsedType(simple, null);
    }

    /** Cells that make no sense for the node's type are refused rather than silently dropped. */
    private static void checkCells(SurveyNode node) throws XlsFormException {
        XlsRow row = node.row();
        QuestionType type = node.type();
        if (type == QuestionType.CALCULATE && row.get("calculation").isEmpty()) {
            throw row.problem("calculation", "a calculate needs a calculation");
        }
        if (!type.isSelect() && !row.get("choice_filter").isEmpty()) {
            throw row.problem("choice_filter", "only select_one and select_multiple take a choice_filter");
        }
        if (type.isSection()) {
            for (String column : List.of("constraint", "calculation", "default", "required")) {
                if (!row.get(column).isEmpty()) {
                    throw row.problem(column, "a group or repeat takes no " + column);
                }
            }
        }
        String defaultValue = row.get("default");
        if (defaultValue.contains("${") || defaultValue.contains("(")) {
            throw row.problem("default", "only fixed default values are supported, not '" + defaultValue + "'");
        }
        String prefill = row.get(SurveyColumns.PREFILL_COLUMN);
        if (!prefill.isEmpty()) {
            boolean members = prefill.equals(XFormNames.HOUSEHOLD_MEMBERS);
            if (!XFormNames.PREFILL_FIELDS.contains(prefill) || members != (type == QuestionType.REPEAT)
                    || (type.isSection() && !members)) {
                throw row.problem(SurveyColumns.PREFILL_COLUMN, "'" + prefill + "' is not a registry field this "
                        + type.name().toLowerCase(Locale.ROOT) + " can be prefilled from; known: "
                        + String.join(", ", XFormNames.PREFILL_FIELDS.stream().sorted().toList())
                        + " (household.members only on a repeat)");
            }
        }
        boolean labelled = row.cells().keySet().stream().map(SurveyColumns::baseOf)
                .anyMatch(base -> base.equals("label") || base.equals("hint"));
        if (!labelled && type != QuestionType.CALCULATE && !type.isSection()) {
            throw row.problem("label", "the question '" + node.name() + "' has no label");
        }
    }
}
