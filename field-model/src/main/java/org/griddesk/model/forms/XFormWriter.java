package org.griddesk.model.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.griddesk.model.forms.XlsSheet.XlsRow;

/**
 * Writes the survey tree as an XForm in pyxform's layout: itext translations first in the model, the primary
 * instance (a repeat as a {@code jr:template} plus one instance), one secondary instance per choice list, the
 * binds in survey order, then the body; references become absolute paths with spaces around them.
 */
final class XFormWriter {
    private static final Pattern LABEL_REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

    private final FormSettings settings;
    private final SurveyColumns columns;
    private final Map<String, List<XlsRow>> lists;
    private final Expressions expressions;
    /** itext id to its text by language, in order of first use. */
    private final Map<String, Map<String, String>> itext = new LinkedHashMap<>();
    private final List<XmlOut> binds = new ArrayList<>();

    XFormWriter(FormSettings settings, SurveyColumns columns, Map<String, List<XlsRow>> lists,
                Expressions expressions) {
        this.settings = settings;
        this.columns = columns;
        this.lists = lists;
        this.expressions = expressions;
    }

    String write(SurveyNode root) throws XlsFormException {
        XmlOut html = new XmlOut("h:html").attr("xmlns", XFormNames.XFORMS_NS)
                .attr("xmlns:ev", "http://www.w3.org/2001/xml-events").attr("xmlns:h", XFormNames.XHTML_NS)
                .attr("xmlns:jr", XFormNames.JAVAROSA_NS).attr("xmlns:odk", XFormNames.ODK_NS)
                .attr("xmlns:orx", "http://openrosa.org/xforms").attr("xmlns:xsd", "http://www.w3.org/2001/XMLSchema")
                .attr("xmlns:" + XFormNames.GRIDDESK_PREFIX, XFormNames.GRIDDESK_NS);
        XmlOut head = html.add("h:head");
        head.add("h:title").text(settings.title());
        XmlOut model = head.add("model").attr("odk:xforms-version", "1.0.0")
                .attr("gd:" + XFormNames.MIN_AGE, settings.minAge().map(String::valueOf).orElse(null))
                .attr("gd:" + XFormNames.MAX_AGE, settings.maxAge().map(String::valueOf).orElse(null))
                .attr("gd:" + XFormNames.TAGS, settings.tags().isEmpty() ? null : String.join(" ", settings.tags()));
        XmlOut body = new XmlOut("h:body");
        XmlOut instanceRoot = new XmlOut(root.name()).attr("id", settings.formId()).attr("version", settings.version());
        for (SurveyNode child : root.children()) {
            writeNode(child, instanceRoot, body, false);
        }
        instanceRoot.add("meta").add("instanceID");
        XmlOut instanceIdBind = new XmlOut("bind").attr("jr:preload", "uid")
                .attr("nodeset", root.path() + "/meta/instanceID").attr("readonly", "true()").attr("type", "string");
        List<XmlOut> choiceInstances = choiceInstances();
        if (columns.translated()) {
            model.add(itext());
        }
        model.add("instance").add(instanceRoot);
        choiceInstances.forEach(model::add);
        binds.forEach(model::add);
        model.add(instanceIdBind);
        html.add(body);
        return html.document();
    }

    /**
     * A node's instance element, bind and control. A repeat gets a {@code jr:template} and, outside any template,
     * one plain instance, as pyxform writes it: a repeat nested in another appears as a template only inside the
     * outer template and as a plain instance only inside the outer plain instance, which is what JavaRosa reads.
     */
    private void writeNode(SurveyNode node, XmlOut instanceParent, XmlOut bodyParent, boolean inTemplate)
            throws XlsFormException {
        XlsRow row = node.row();
        switch (node.type()) {
            case GROUP -> {
                XmlOut element = instanceParent.add(node.name());
                bindFor(node);
                XmlOut group = bodyParent.add("group").attr("ref", node.path()).attr("appearance", blankToNull(
                        row.get("appearance")));
                label(node, group, "label");
                for (SurveyNode child : node.children()) {
                    writeNode(child, element, group, inTemplate);
                }
            }
            case REPEAT -> {
                XmlOut template = instanceParent.add(node.name()).attr("jr:template", "");
                XmlOut first = inTemplate ? null : instanceParent.add(node.name());
                bindFor(node);
                XmlOut group = bodyParent.add("group").attr("ref", node.path());
                label(node, group, "label");
                XmlOut repeat = group.add("repeat").attr("nodeset", node.path())
                        .attr("appearance", blankToNull(row.get("appearance")));
                for (SurveyNode child : node.children()) {
                    writeNode(child, template, repeat, true);
                    if (first != null) {
                        writeInstanceOnly(child, first);
                    }
                }
            }
            default -> {
                instanceParent.add(node.name()).text(row.get("default"));
                bindFor(node);
                control(node, bodyParent);
            }
        }
    }

    /** The plain instance of a repeat's children: elements only (binds and body are written once). */
    private void writeInstanceOnly(SurveyNode node, XmlOut instanceParent) {
        if (node.type().isSection()) {
            XmlOut element = instanceParent.add(node.name());
            node.children().forEach(child -> writeInstanceOnly(child, element));
        } else {
            instanceParent.add(node.name()).text(node.row().get("default"));
        }
    }

    private void bindFor(SurveyNode node) throws XlsFormException {
        XlsRow row = node.row();
        QuestionType type = node.type();
        XmlOut bind = new XmlOut("bind").attr("nodeset", node.path()).attr("type", type.bindType());
        if (type == QuestionType.NOTE || flag(row, "read_only")) {
            bind.attr("readonly", "true()");
        }
        String required = row.get("required");
        if (!required.isEmpty() && !isNo(required)) {
            bind.attr("required", isYes(required) ? "true()" : expression(node, "required"));
            bind.attr("jr:requiredMsg", message(node, "required_message", "jr:requiredMsg"));
        }
        bind.attr("relevant", expression(node, "relevant"));
        bind.attr("constraint", expression(node, "constraint"));
        if (!row.get("constraint").isEmpty()) {
            bind.attr("jr:constraintMsg", message(node, "constraint_message", "jr:constraintMsg"));
        }
        bind.attr("calculate", expression(node, "calculation"));
        bind.attr("gd:" + XFormNames.PREFILL, blankToNull(row.get(SurveyColumns.PREFILL_COLUMN)));
        if (type.bindType() != null || bind.attributeCount() > 1) {
            binds.add(bind);
        }
    }

    private void control(SurveyNode node, XmlOut parent) throws XlsFormException {
        QuestionType type = node.type();
        if (type.control() == null) {
            return;
        }
        XmlOut control = parent.add(type.control()).attr("ref", node.path());
        if (type == QuestionType.IMAGE) {
            control.attr("mediatype", "image/*");
        }
        control.attr("appearance", blankToNull(node.row().get("appearance")));
        label(node, control, "label");
        label(node, control, "hint");
        if (type.isSelect()) {
            String filter = node.row().get("choice_filter");
            String nodeset = "instance('" + node.listName() + "')/root/item" + (filter.isEmpty() ? ""
                    : "[" + expressions.resolve(filter, node, node.row(), "choice_filter", true) + "]");
            XmlOut itemset = control.add("itemset").attr("nodeset", nodeset);
            itemset.add("value").attr("ref", "name");
            itemset.add("label").attr("ref", columns.translated() ? "jr:itext(itextId)" : "label");
        }
    }

    private void label(SurveyNode node, XmlOut element, String column) throws XlsFormException {
        Map<String, String> texts = columns.texts(node.row(), column);
        if (texts.isEmpty()) {
            return;
        }
        if (columns.translated()) {
            String id = node.path() + ":" + column;
            Map<String, String> marked = new LinkedHashMap<>();
            for (Map.Entry<String, String> text : texts.entrySet()) {
                marked.put(text.getKey(), withOutputs(node, column, text.getValue()));
            }
            itext.put(id, marked);
            element.add(column).attr("ref", "jr:itext('" + id + "')");
        } else {
            element.add(column).markup(withOutputs(node, column, texts.values().iterator().next()));
        }
    }

    /** A constraint or required message: through itext when the form is translated, inline otherwise. */
    private String message(SurveyNode node, String column, String kind) throws XlsFormException {
        Map<String, String> texts = columns.texts(node.row(), column);
        if (texts.isEmpty()) {
            return null;
        }
        if (!columns.translated()) {
            return texts.values().iterator().next();
        }
        String id = node.path() + ":" + kind;
        itext.put(id, texts);
        return "jr:itext('" + id + "')";
    }

    /** Escapes a label and turns each {@code ${name}} into pyxform's {@code <output value=" /data/name "/>}. */
    private String withOutputs(SurveyNode node, String column, String text) throws XlsFormException {
        Matcher matcher = LABEL_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(XmlOut.escape(text.substring(last, matcher.start()), false));
            String path = expressions.resolve(matcher.group(), node, node.row(), column, false);
            out.append("<output value=\"").append(XmlOut.escape(path, true)).append("\"/>");
            last = matcher.end();
        }
        return out.append(XmlOut.escape(text.substring(last), false)).toString();
    }

    private String expression(SurveyNode node, String column) throws XlsFormException {
        String value = node.row().get(column);
        return value.isEmpty() ? null : expressions.resolve(value, node, node.row(), column, false);
    }

    private List<XmlOut> choiceInstances() {
        List<XmlOut> instances = new ArrayList<>();
        lists.forEach((list, rows) -> {
            XmlOut root = new XmlOut("instance").attr("id", list);
            XmlOut items = root.add("root");
            for (int i = 0; i < rows.size(); i++) {
                XlsRow row = rows.get(i);
                XmlOut item = items.add("item");
                Map<String, String> labels = columns.texts(row, "label");
                if (columns.translated()) {
                    String id = list + "-" + i;
                    itext.put(id, labels.isEmpty() ? Map.of(settings.defaultLanguage(), row.get("name")) : labels);
                    item.add("itextId").text(id);
                } else {
                    item.add("label").text(labels.isEmpty() ? row.get("name") : labels.values().iterator().next());
                }
                item.add("name").text(row.get("name"));
                row.cells().forEach((header, value) -> {
                    String base = SurveyColumns.baseOf(header);
                    if (!base.equals("label") && !base.equals("list_name") && !base.equals("name")) {
                        item.add(header).text(value);
                    }
                });
            }
            instances.add(root);
        });
        return instances;
    }

    private XmlOut itext() {
        XmlOut itextElement = new XmlOut("itext");
        for (String language : columns.languages()) {
            XmlOut translation = itextElement.add("translation")
                    .attr("default", language.equals(settings.defaultLanguage()) ? "true()" : null)
                    .attr("lang", language);
            itext.forEach((id, texts) -> {
                String value = texts.getOrDefault(language, texts.getOrDefault(settings.defaultLanguage(), "-"));
                translation.add("text").attr("id", id).add("value").markup(id.endsWith(":label")
                        || id.endsWith(":hint") ? value : XmlOut.escape(value, false));
            });
        }
        return itextElement;
    }

    private static boolean flag(XlsRow row, String column) {
        return isYes(row.get(column));
    }

    private static boolean isYes(String value) {
        return value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("true()")
                || value.equals("1");
    }

    private static boolean isNo(String value) {
        return value.equalsIgnoreCase("no") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("false()")
                || value.equals("0");
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
