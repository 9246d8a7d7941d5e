package org.griddesk.desktop.service.forms;

import java.util.List;

import org.javarosa.core.model.CoreModelModule;
import org.javarosa.core.services.IPropertyManager;
import org.javarosa.core.services.PrototypeManager;
import org.javarosa.core.services.PropertyManager;
import org.javarosa.core.services.properties.IPropertyRules;
import org.javarosa.core.util.JavaRosaCoreModule;
import org.javarosa.model.xform.XFormsModule;

/**
 * JavaRosa keeps its property manager and prototype registry in statics: they are set once per JVM, before the
 * first form is parsed, and never again (setting them per form would race with a parse on another thread).
 */
final class JavaRosaRuntime {

    private static boolean ready;

    private JavaRosaRuntime() {
    }

    static synchronized void ensureReady() {
        if (ready) {
            return;
        }
        PropertyManager.setPropertyManager(new NoDeviceProperties());
        // the prototypes a parsed form needs to be copied by serialising; the modules' own registerModule() would
        // also set up JavaRosa's storage, which GridDesk does not use
        PrototypeManager.registerPrototypes(JavaRosaCoreModule.classNames);
        PrototypeManager.registerPrototypes(CoreModelModule.classNames);
        new XFormsModule().registerModule();
        ready = true;
    }

    /**
     * Collect answers {@code jr:preload="property"} with the phone's ids; a GridDesk form learns who and where from
     * the application record instead, so these properties are empty rather than a laptop's serial numbers.
     */
    private static final class NoDeviceProperties implements IPropertyManager {
        @Override
        public List<String> getProperty(String name) {
            return List.of();
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
