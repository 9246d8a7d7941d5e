package org.griddesk.desktop.service.forms;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.model.instance.TreeReference;
import org.javarosa.xform.parse.XFormParser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@code answers} of an application: the instance under its root as JSON, a group as an object, a repeat as a
 * list of objects, a leaf as its text, {@code meta} left out. Read back by writing the same shape as instance XML
 * and letting JavaRosa populate a fresh instance from it, as Collect does when it reopens a saved form.
 */
final class InstanceAnswers {

    private static final String META = "meta";

    private InstanceAnswers() {
    }

    static Map<String, Object> of(TreeElement root) {
        return children(root, true);
    }

    private static Map<String, Object> children(TreeElement parent, boolean top) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < parent.getNumChildren(); i++) {
            TreeElement child = parent.getChildAt(i);
            String name = child.getName();
            if (top && META.equals(name)) {
                continue;
            }
            if (child.isRepeatable()) {
                @SuppressWarnings("unchecked")
                List<Object> entries = (List<Object>) out.computeIfAbsent(name, absent -> new ArrayList<>());
                if (child.getMult() != TreeReference.INDEX_TEMPLATE) {
                    entries.add(children(child, false));
                }
            } else if (child.getNumChildren() > 0) {
                out.put(name, children(child, false));
            } else {
                out.put(name, AnswerCodec.text(child.getValue()));
            }
        }
        return out;
    }

    /** Fills the (not yet initialised) form's instance with the answers; names the form does not know are ignored. */
    static void restore(FormDef form, Map<String, ?> answers) {
        TreeElement templateRoot = form.getMainInstance().getRoot().deepCopy(true);
        byte[] xml = instanceXml(templateRoot.getName(), answers);
        TreeElement saved = XFormParser.restoreDataModel(xml, null).getRoot();
        templateRoot.populate(saved, form);
        form.getMainInstance().setRoot(templateRoot);
    }

    private static byte[] instanceXml(String rootName, Map<String, ?> answers) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element root = document.createElement(rootName);
            document.appendChild(root);
            write(document, root, answers);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the answers cannot be written as XML", e);
        } catch (org.w3c.dom.DOMException e) {
            throw new IllegalArgumentException("an answer's name is no XML element name", e);
        }
    }

    private static void write(Document document, Element parent, Map<?, ?> values) {
        values.forEach((name, value) -> {
            if (value instanceof List<?> entries) {
                for (Object entry : entries) {
                    Element element = document.createElement(String.valueOf(name));
                    if (entry instanceof Map<?, ?> map) {
                        write(document, element, map);
                    }
                    parent.appendChild(element);
                }
            } else {
                Element element = document.createElement(String.valueOf(name));
                if (value instanceof Map<?, ?> map) {
                    write(document, element, map);
                } else if (value != null) {
                    element.setTextContent(String.valueOf(value));
                }
                parent.appendChild(element);
            }
        });
    }
}
