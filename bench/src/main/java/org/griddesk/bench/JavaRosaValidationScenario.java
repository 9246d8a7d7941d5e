package org.griddesk.bench;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.griddesk.model.forms.ParsedForm;
import org.griddesk.model.forms.XFormEngine;
import org.griddesk.model.forms.XlsFormConverter;

/**
 * The platform's JavaRosa check of an application alone, without HTTP or PostgreSQL: 2,000 complete 高龄津贴
 * applications validated one after the other on one thread, as a push batch does. Set against
 * {@link ApplicationValidationScenario}, it tells how much of a push of applications the form check costs.
 */
final class JavaRosaValidationScenario implements Scenario {

    private static final int APPLICATIONS = 2_000;

    private ParsedForm form;
    private final List<Map<String, Object>> answers = new ArrayList<>();

    @Override
    public String name() {
        return "application validation: JavaRosa check alone, 2k applications";
    }

    @Override
    public String unit() {
        return "applications/s";
    }

    @Override
    public void prepare() throws Exception {
        if (form != null) {
            return;
        }
        try (InputStream xlsx = JavaRosaValidationScenario.class.getResourceAsStream("/templates/elderly_allowance.xlsx")) {
            String xform = new XlsFormConverter().convert(xlsx).xform();
            form = new XFormEngine().form("elderly_allowance", "2025.1", xform);
        }
        for (int i = 0; i < APPLICATIONS; i++) {
            answers.add(ApplicationValidationScenario.answers(i));
        }
    }

    @Override
    public double measure() {
        long start = System.nanoTime();
        for (Map<String, Object> one : answers) {
            if (!form.validate(one, true).isEmpty()) {
                throw new IllegalStateException("benchmark application refused: " + form.validate(one, true));
            }
        }
        return APPLICATIONS / ((System.nanoTime() - start) / 1e9);
    }
}
