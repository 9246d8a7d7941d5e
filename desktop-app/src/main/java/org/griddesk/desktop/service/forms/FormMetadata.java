package org.griddesk.desktop.service.forms;

import java.util.Optional;

import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.instance.TreeElement;

/** What a template says about itself on its instance root: the conditions GridDesk suggests it by. */
public final class FormMetadata {

    private FormMetadata() {
    }

    static Optional<String> attribute(FormDef form, String name) {
        TreeElement root = form.getMainInstance().getRoot();
        String value = root.getAttributeValue(FormSession.GD_NAMESPACE, name);
        if (value == null) {
            // kXML may keep the prefix rather than the namespace on instance attributes
            value = root.getAttributeValue(null, "gd:" + name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
