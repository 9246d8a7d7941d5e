package org.griddesk.model.forms;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.javarosa.core.model.CoreModelModule;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.services.PropertyManager;
import org.javarosa.core.services.PrototypeManager;
import org.javarosa.core.util.JavaRosaCoreModule;
import org.javarosa.core.services.properties.IPropertyRules;
import org.javarosa.core.services.IPropertyManager;
import org.javarosa.core.util.externalizable.ExtUtil;
import org.javarosa.model.xform.XFormsModule;
import org.javarosa.xform.util.XFormUtils;

/**
 * JavaRosa embedded safely. Its XForm parser keeps static state that breaks under concurrent parsing
 * (javarosa issue #856), so every parse holds one global lock, and a parsed form is cached per (formId,
 * version): a template version never changes once published. Its global registries (the property manager and
 * the serialization prototypes) are set once, here, before the first parse.
 */
public final class XFormEngine {
    private static final Object PARSE_LOCK = new Object();
    private static boolean initialised;

    private final Map<String, ParsedForm> cache = new ConcurrentHashMap<>();

    /** The parsed form of that id and version, parsing {@code xform} only the first time it is asked for. */
    public ParsedForm form(String formId, String version, String xform) throws XFormException {
        String key = formId + "\u0000" + version;
        ParsedForm cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        ParsedForm parsed = parse(xform);
        if (!parsed.info().formId().equals(formId) || !parsed.info().version().equals(version)) {
            throw new XFormException("the XForm is " + parsed.info().formId() + " version " + parsed.info().version()
                    + ", not " + formId + " version " + version);
        }
        ParsedForm raced = cache.putIfAbsent(key, parsed);
        return raced == null ? parsed : raced;
    }

    /** Parses without caching: what {@code template publish} does to refuse a form JavaRosa cannot run. */
    public static ParsedForm parse(String xform) throws XFormException {
        FormTemplateInfo info = XFormInfoReader.read(xform);
        synchronized (PARSE_LOCK) {
            initialiseOnce();
            FormDef form;
            try {
                form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xform.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception | LinkageError e) {
                throw new XFormException("JavaRosa cannot parse the form: " + describe(e), e);
            }
            if (form == null) {
                throw new XFormException("JavaRosa found no form in the XML");
            }
            try {
                return new ParsedForm(info, ExtUtil.serialize(form));
            } catch (RuntimeException e) {
                throw new XFormException("JavaRosa cannot keep the parsed form: " + describe(e), e);
            }
        }
    }

    /** A fresh, independent form definition for one thread's use (JavaRosa forms hold their answers). */
    static FormDef copy(byte[] serialized) {
        FormDef form = new FormDef();
        try {
            ExtUtil.deserialize(serialized, form);
        } catch (Exception e) {
            throw new IllegalStateException("A form JavaRosa serialized cannot be read back", e);
        }
        return form;
    }

    private static void initialiseOnce() {
        if (!initialised) {
            PropertyManager.setPropertyManager(new NoProperties());
            // the classes a serialized form refers to, without the storage the modules' registerModule() wants
            PrototypeManager.registerPrototypes(JavaRosaCoreModule.classNames);
            PrototypeManager.registerPrototypes(CoreModelModule.classNames);
            new XFormsModule().registerModule();
            initialised = true;
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    /** Forms asking for device properties (deviceid, username) get none: the platform is no device. */
    private static final class NoProperties implements IPropertyManager {
        @Override
        public List<String> getProperty(String name) {
            return null;
        }

        @Override
        public void setProperty(String name, String value) {
        }

        @Override
        public void setProperty(String name, List<String> values) {
        }

        @Override
        public String getSingularProperty(String name) {
            return null;
        }

        @Override
        public void addRules(IPropertyRules rules) {
        }

        @Override
        public List<IPropertyRules> getRules() {
            return List.of();
        }
    }
}
