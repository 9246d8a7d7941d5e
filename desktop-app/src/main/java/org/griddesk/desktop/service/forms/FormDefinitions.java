package org.griddesk.desktop.service.forms;

import org.griddesk.model.forms.XFormEngine;
import org.griddesk.model.forms.XFormException;
import org.javarosa.core.model.FormDef;

/**
 * Parsed forms, one per (formId, version), through the forms library the platform uses too: it parses under the
 * one lock JavaRosa's static parser needs (javarosa issue #856), sets JavaRosa's globals once, and keeps each form
 * serialised, so every session gets its own copy ({@link FormDef} holds the answers being entered).
 */
public final class FormDefinitions {

    private final XFormEngine engine = new XFormEngine();

    /** A fresh form with an empty instance; the XForm text is parsed only the first time its key is asked. */
    public FormDef open(String formId, String version, String xform) {
        try {
            return engine.form(formId, version, xform).newFormDef();
        } catch (XFormException e) {
            throw new FormParseException(formId, e);
        }
    }

    /** Parses without caching; refuses what JavaRosa refuses. */
    public static FormDef parse(String formId, String xform) {
        try {
            return XFormEngine.parse(xform).newFormDef();
        } catch (XFormException e) {
            throw new FormParseException(formId, e);
        }
    }
}
