package org.griddesk.model.forms;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * An XML document reduced to its structure for comparison: namespace-qualified names, attributes in sorted
 * order (namespace declarations left out), trimmed text, children in order except the texts of an itext
 * translation (sorted by id, since their order means nothing).
 */
final class XmlStructure {

    private XmlStructure() {
    }

    static String of(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        StringBuilder out = new StringBuilder();
        write(root, 0, out);
        return out.toString();
    }

    private static void write(Element element, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append('{').append(element.getNamespaceURI()).append('}')
                .append(element.getLocalName());
        TreeMap<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node attribute = map.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                String ns = attribute.getNamespaceURI() == null ? "" : "{" + attribute.getNamespaceURI() + "}";
                attributes.put(ns + attribute.getLocalName(), attribute.getNodeValue());
            }
        }
        attributes.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
        List<Element> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (!text.toString().isBlank()) {
            out.append(" text=\"").append(text.toString().strip()).append('"');
        }
        out.append('\n');
        if ("translation".equals(element.getLocalName())) {
            children.sort((a, b) -> a.getAttribute("id").compareTo(b.getAttribute("id")));
        }
        children.forEach(child -> write(child, depth + 1, out));
    }
}
