package org.griddesk.bench;

/**
 * One end-to-end measurement. Each run measures one cold operation, so set-up that is not part of the figure
 * (temporary folders, building fixtures) belongs in {@link #prepare()}.
 */
public interface Scenario {

    String name();

    /** The unit of {@link #measure()}'s result, e.g. "ms" or "records/s". */
    String unit();

    default int runs() {
        return 5;
    }

    /** Called before every run; not timed. */
    default void prepare() throws Exception {
    }

    /** Performs one run and returns its figure in {@link #unit()}. */
    double measure() throws Exception;

    /** Called after every run, even a failed one; not timed. */
    default void cleanUp() throws Exception {
    }

    /** Called once after the last run: stops what the scenario kept running across runs. */
    default void finish() {
    }
}
