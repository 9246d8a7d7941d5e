package org.griddesk.bench;

import java.io.InputStream;
import java.util.List;

import org.griddesk.desktop.service.forms.FormDefinitions;
import org.griddesk.desktop.service.forms.FormItem;
import org.griddesk.desktop.service.forms.FormSession;
import org.griddesk.model.forms.XlsFormConverter;

/**
 * Opening the 最低生活保障 application on the laptop as 代办 does, up to its first question being ready to show:
 * the XForm parsed by JavaRosa (the first open of a session) or taken from the parsed copy (every later open), a
 * form session started, its language picked and the shown items read. The screen's own drawing is not in it.
 */
final class FormOpenScenario implements Scenario {

    private final boolean firstOpenOfSession;
    private String xform;
    private FormDefinitions warmed;

    FormOpenScenario(boolean firstOpenOfSession) {
        this.firstOpenOfSession = firstOpenOfSession;
    }

    @Override
    public String name() {
        return "代办: open 最低生活保障 to its first question, " + (firstOpenOfSession ? "first open (parse)" : "later open");
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public int runs() {
        return 9;
    }

    @Override
    public void prepare() throws Exception {
        if (xform == null) {
            try (InputStream xlsx = FormOpenScenario.class.getResourceAsStream("/templates/minimum_living_allowance.xlsx")) {
                xform = new XlsFormConverter().convert(xlsx).xform();
            }
            warmed = new FormDefinitions();
            open(warmed);
        }
    }

    @Override
    public double measure() {
        FormDefinitions definitions = firstOpenOfSession ? new FormDefinitions() : warmed;
        long start = System.nanoTime();
        List<FormItem> shown = open(definitions);
        double millis = (System.nanoTime() - start) / 1e6;
        if (shown.isEmpty()) {
            throw new IllegalStateException("the form showed no question");
        }
        return millis;
    }

    private List<FormItem> open(FormDefinitions definitions) {
        FormSession session = FormSession.start(definitions.open("minimum_living_allowance", "2025.1", xform));
        session.useLanguageFor("zh");
        return session.items();
    }
}
