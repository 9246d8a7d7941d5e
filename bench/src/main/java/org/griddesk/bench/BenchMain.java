package org.griddesk.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs every benchmark and prints one table. Run from the checkout after a build:
 * {@code ./mvnw -q -DskipTests package && java -jar bench/target/bench.jar}
 * ({@code --only TEXT} keeps the scenarios whose name contains TEXT).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        String only = args.length == 2 && args[0].equals("--only") ? args[1] : null;
        ProjectLayout layout = ProjectLayout.fromWorkingDirectory();
        ReviewQueueFixture reviewQueue = new ReviewQueueFixture();
        List<Scenario> scenarios = List.of(
                new AppColdStartScenario(layout, false),
                new AppColdStartScenario(layout, true),
                new EncryptedStoreScenario(true),
                new EncryptedStoreScenario(false),
                new ResidentSearchScenario(),
                new ImportDryRunScenario(),
                new ImportCommitScenario(),
                new DemoMapOpenScenario(),
                new MapFrameScenario(MapFrameScenario.Zoom.OVERVIEW),
                new MapFrameScenario(MapFrameScenario.Zoom.VILLAGE_NAMES),
                new MapFrameScenario(MapFrameScenario.Zoom.STREET),
                new PushThroughputScenario(PushThroughputScenario.Kind.CHANGED),
                new PushThroughputScenario(PushThroughputScenario.Kind.NEW),
                new DesktopFirstUploadScenario(layout),
                new ApplicationValidationScenario(),
                new JavaRosaValidationScenario(),
                new FormOpenScenario(true),
                new FormOpenScenario(false),
                new OneFieldChangeWireScenario(),
                new TypicalDayAt2gScenario(),
                new FirstPullScenario(PullRecordIds.DEVICE_MADE),
                new FirstPullScenario(PullRecordIds.RANDOM),
                new ColdFirstPullScenario(layout, false, FirstPullScenario.RECORDS),
                new ColdFirstPullScenario(layout, true, FirstPullScenario.RECORDS),
                new ColdFirstPullScenario(layout, true, ColdFirstPullScenario.LARGE_VILLAGE),
                new PlatformStartScenario(layout, true),
                new PlatformStartScenario(layout, false),
                new ReviewQueueScenario(reviewQueue, ReviewQueueScenario.Ask.PAGE),
                new ReviewQueueScenario(reviewQueue, ReviewQueueScenario.Ask.COUNTS));
        ScenarioRunner runner = new ScenarioRunner();
        List<Figure> figures = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            if (only != null && !scenario.name().contains(only)) {
                continue;
            }
            System.err.println("running: " + scenario.name() + " (" + scenario.runs() + " runs)");
            figures.add(runner.run(scenario));
        }
        new FigureTable().print(figures, System.out);
        boolean anyFailed = figures.stream().anyMatch(f -> f.failure() != null);
        System.exit(anyFailed ? 1 : 0);
    }
}
