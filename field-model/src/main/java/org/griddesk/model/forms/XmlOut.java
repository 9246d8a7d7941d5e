package org.griddesk.model.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small XML element tree written out indented, attributes in the order given: enough for an XForm. */
final class XmlOut {
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlOut> children = new ArrayList<>();
    private String text;
    private boolean rawText;

    XmlOut(String name) {
        this.name = name;
    }

    XmlOut attr(String attribute, String value) {
        if (value != null) {
            attributes.put(attribute, value);
        }
        return this;
    }

    int attributeCount() {
        return attributes.size();
    }

    XmlOut text(String value) {
        this.text = value;
        return this;
    }

    /** Text already escaped, holding markup such as {@code <output value="..."/>}. */
    XmlOut markup(String value) {
        this.text = value;
        this.rawText = true;
        return this;
    }

    XmlOut add(String childName) {
        XmlOut child = new XmlOut(childName);
        children.add(child);
        return child;
    }

    XmlOut add(XmlOut child) {
        children.add(child);
        return child;
    }

    String document() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(out, 0);
        return out.toString();
    }

    private void write(StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append('<').append(name);
        attributes.forEach((key, value) -> out.append(' ').append(key).append("=\"").append(escape(value, true))
                .append('"'));
        if (children.isEmpty() && (text == null || text.isEmpty())) {
            out.append("/>\n");
            return;
        }
        out.append('>');
        if (children.isEmpty()) {
            out.append(rawText ? text : escape(text, false)).append("</").append(name).append(">\n");
            return;
        }
        out.append('\n');
        children.forEach(child -> child.write(out, depth + 1));
        out.append("  ".repeat(depth)).append("</").append(name).append(">\n");
    }

    static String escape(String value, boolean attribute) {
        StringBuilder escaped = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
