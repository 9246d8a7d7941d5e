package org.griddesk.desktop.service.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.javarosa.core.model.FormDef;
import org.javarosa.core.util.externalizable.DeserializationException;
import org.javarosa.core.util.externalizable.ExtUtil;
import org.javarosa.xform.util.XFormUtils;

/**
 * Parsed forms, one per (formId, version). JavaRosa's parser keeps static state that breaks under concurrent
 * parsing (javarosa issue #856), so every parse in this JVM goes through one lock; the parsed form is kept
 * serialised and every session gets its own copy, since a {@link FormDef} holds the answers being entered.
 */
public final class FormDefinitions {

    private static final Object PARSE_LOCK = new Object();

    private final Map<String, byte[]> parsed = new ConcurrentHashMap<>();

    /** A fresh form with an empty instance; the XForm text is parsed only the first time its key is asked. */
    public FormDef open(String formId, String version, String xform) {
        JavaRosaRuntime.ensureReady();
        byte[] bytes = parsed.computeIfAbsent(formId + "\u0000" + version, key -> ExtUtil.serialize(parse(formId, xform)));
        try {
            return (FormDef) ExtUtil.deserialize(bytes, FormDef.class, ExtUtil.defaultPrototypes());
        } catch (IOException | DeserializationException e) {
            throw new FormParseException(formId, e);
        }
    }

    /** Parses without caching, under the one lock; refuses what JavaRosa refuses. */
    public static FormDef parse(String formId, String xform) {
        JavaRosaRuntime.ensureReady();
        synchronized (PARSE_LOCK) {
            try {
                FormDef form = XFormUtils.getFormFromInputStream(
                        new ByteArrayInputStream(xform.getBytes(StandardCharsets.UTF_8)));
                if (form == null) {
                    throw new FormParseException(formId, new IllegalArgumentException("no form in the XForm text"));
                }
                return form;
            } catch (FormParseException e) {
                throw e;
            } catch (RuntimeException | org.javarosa.xform.parse.XFormParser.ParseException e) {
                throw new FormParseException(formId, e);
            }
        }
    }
}
