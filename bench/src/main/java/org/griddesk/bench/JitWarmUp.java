package org.griddesk.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Warm-up rounds of a scenario that measures a long-running server, run until the JIT has settled: until the compilers
 * spent less than a tenth of a round's time in two rounds in a row. A fixed number of rounds was not enough for the
 * push: code that runs once per batch, not once per record, is called only 20 times a round, and after 3 rounds the
 * compilers still took 300 to 460 ms of every 0.8 s round, time that a platform serving for months no longer spends.
 */
final class JitWarmUp {

    static final int MIN_ROUNDS = 3;
    static final int MAX_ROUNDS = 30;
    private static final double SETTLED_SHARE = 0.10;
    private static final int QUIET_ROUNDS = 2;

    private final LongSupplier compileMillis;
    private final LongSupplier nanos;

    private JitWarmUp(LongSupplier compileMillis, LongSupplier nanos) {
        this.compileMillis = compileMillis;
        this.nanos = nanos;
    }

    /** Against this JVM's compilers; where the JVM cannot time them, {@link #MIN_ROUNDS} rounds are run. */
    static JitWarmUp ofThisJvm() {
        CompilationMXBean compilers = ManagementFactory.getCompilationMXBean();
        boolean timed = compilers != null && compilers.isCompilationTimeMonitoringSupported();
        return new JitWarmUp(timed ? compilers::getTotalCompilationTime : () -> -1, System::nanoTime);
    }

    static JitWarmUp of(LongSupplier compileMillis, LongSupplier nanos) {
        return new JitWarmUp(compileMillis, nanos);
    }

    /** Runs {@code round} until the JIT has settled, at least {@link #MIN_ROUNDS} and at most {@link #MAX_ROUNDS} times. */
    Outcome warmUp(Runnable round) {
        boolean timed = compileMillis.getAsLong() >= 0;
        int rounds = 0;
        int quiet = 0;
        while (rounds < MAX_ROUNDS && (rounds < MIN_ROUNDS || timed && quiet < QUIET_ROUNDS)) {
            long compiledBefore = compileMillis.getAsLong();
            long start = nanos.getAsLong();
            round.run();
            rounds++;
            double roundMillis = (nanos.getAsLong() - start) / 1e6;
            quiet = compileMillis.getAsLong() - compiledBefore < SETTLED_SHARE * roundMillis ? quiet + 1 : 0;
        }
        return new Outcome(rounds, timed && quiet >= QUIET_ROUNDS);
    }

    /** How many rounds were run, and whether the JIT had settled by then. */
    record Outcome(int rounds, boolean settled) {
        @Override
        public String toString() {
            return (settled ? "JIT settled after " : "JIT still compiling after ") + rounds + " warm-up rounds";
        }
    }
}
