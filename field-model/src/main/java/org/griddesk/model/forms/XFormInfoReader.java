package org.griddesk.model.forms;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads what an XForm says about itself (id and version on the primary instance's root, title, itext
 * languages with the default first, GridDesk's suggestion attributes on {@code <model>}) without running it.
 */
public final class XFormInfoReader {

    private XFormInfoReader() {
    }

    public static FormTemplateInfo read(String xform) throws XFormException {
        Document document = parse(xform);
        Element model = first(document.getDocumentElement(), XFormNames.XFORMS_NS, "model")
                .orElseThrow(() -> new XFormException("the XForm has no <model>"));
        Element instance = first(model, XFormNames.XFORMS_NS, "instance")
                .orElseThrow(() -> new XFormException("the XForm has no primary <instance>"));
        Element root = firstChildElement(instance)
                .orElseThrow(() -> new XFormException("the primary instance has no root element"));
        String formId = root.getAttribute("id");
        if (formId.isBlank()) {
            throw new XFormException("the primary instance's root <" + root.getLocalName() + "> has no id attribute");
        }
        String version = root.getAttribute("version");
        if (version.isBlank()) {
            throw new XFormException("the form " + formId + " has no version attribute");
        }
        String title = first(document.getDocumentElement(), XFormNames.XHTML_NS, "title")
                .map(Element::getTextContent).map(String::strip).orElse(formId);
        List<String> languages = new ArrayList<>();
        NodeList translations = model.getElementsByTagNameNS(XFormNames.XFORMS_NS, "translation");
        for (int i = 0; i < translations.getLength(); i++) {
            Element translation = (Element) translations.item(i);
            String lang = translation.getAttribute("lang");
            if (translation.getAttribute("default").startsWith("true")) {
                languages.add(0, lang);
            } else {
                languages.add(lang);
            }
        }
        String tags = model.getAttributeNS(XFormNames.GRIDDESK_NS, XFormNames.TAGS);
        return new FormTemplateInfo(formId, version, title, languages,
                age(model, XFormNames.MIN_AGE), age(model, XFormNames.MAX_AGE),
                tags.isBlank() ? List.of() : Arrays.asList(tags.strip().split("\\s+")));
    }

    private static Optional<Integer> age(Element model, String attribute) throws XFormException {
        String value = model.getAttributeNS(XFormNames.GRIDDESK_NS, attribute);
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new XFormException("gd:" + attribute + " must be a whole number of years, not '" + value + "'");
        }
    }

    private static Document parse(String xform) throws XFormException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xform)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new XFormException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Optional<Element> first(Element parent, String namespace, String name) {
        NodeList found = parent.getElementsByTagNameNS(namespace, name);
        return found.getLength() == 0 ? Optional.empty() : Optional.of((Element) found.item(0));
    }

    private static Optional<Element> firstChildElement(Element parent) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }
}
