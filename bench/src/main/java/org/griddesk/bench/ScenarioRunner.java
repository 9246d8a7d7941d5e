package org.griddesk.bench;

import java.util.ArrayList;
import java.util.List;

/** Runs a scenario its number of times; a failing run stops that scenario and is reported, not hidden. */
final class ScenarioRunner {

    Figure run(Scenario scenario) {
        try {
            return runAll(scenario);
        } finally {
            scenario.finish();
        }
    }

    private Figure runAll(Scenario scenario) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < scenario.runs(); i++) {
            try {
                scenario.prepare();
                samples.add(scenario.measure());
            } catch (Exception | AssertionError e) {
                return Figure.failed(scenario.name(), scenario.unit(), e.getClass().getSimpleName() + ": " + e.getMessage());
            } finally {
                try {
                    scenario.cleanUp();
                } catch (Exception ignored) {
                    // a failed clean-up leaves a temp folder behind; the figure itself is still valid
                }
            }
        }
        return new Figure(scenario.name(), scenario.unit(), samples, null);
    }
}
