package org.griddesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class JitWarmUpTest {

    /** Each round takes 100 ms on a fake clock; the compilers spend what the round says. */
    private static final class FakeJvm {
        final AtomicLong compiled = new AtomicLong();
        final AtomicLong nanos = new AtomicLong();
        final AtomicInteger rounds = new AtomicInteger();

        Runnable round(long... compileMillisPerRound) {
            return () -> {
                int index = rounds.getAndIncrement();
                compiled.addAndGet(index < compileMillisPerRound.length ? compileMillisPerRound[index] : 0);
                nanos.addAndGet(100_000_000L);
            };
        }

        JitWarmUp warmUp() {
            return JitWarmUp.of(compiled::get, nanos::get);
        }
    }

    @Test
    void roundsGoOnWhileTheCompilersTakeATenthOfARoundOrMoreAndStopAfterTwoQuietOnes() {
        FakeJvm jvm = new FakeJvm();
        // 5 ms in a 100 ms round is quiet, 40 is not: the quiet third round is followed by a busy one
        JitWarmUp.Outcome outcome = jvm.warmUp().warmUp(jvm.round(60, 40, 5, 30, 20, 9, 0, 50));
        assertEquals(7, outcome.rounds());
        assertTrue(outcome.settled());
        assertEquals("JIT settled after 7 warm-up rounds", outcome.toString());
    }

    @Test
    void aQuietJvmStillRunsTheMinimumAndABusyOneStopsAtTheCeiling() {
        FakeJvm quiet = new FakeJvm();
        assertEquals(JitWarmUp.MIN_ROUNDS, quiet.warmUp().warmUp(quiet.round()).rounds());

        FakeJvm busy = new FakeJvm();
        long[] alwaysCompiling = new long[JitWarmUp.MAX_ROUNDS + 5];
        java.util.Arrays.fill(alwaysCompiling, 50);
        JitWarmUp.Outcome outcome = busy.warmUp().warmUp(busy.round(alwaysCompiling));
        assertEquals(JitWarmUp.MAX_ROUNDS, outcome.rounds());
        assertFalse(outcome.settled());
    }

    @Test
    void whereTheCompilersCannotBeTimedTheMinimumIsRunAndNotCalledSettled() {
        AtomicLong nanos = new AtomicLong();
        AtomicInteger rounds = new AtomicInteger();
        JitWarmUp.Outcome outcome = JitWarmUp.of(() -> -1, nanos::get).warmUp(rounds::incrementAndGet);
        assertEquals(JitWarmUp.MIN_ROUNDS, rounds.get());
        assertEquals(JitWarmUp.MIN_ROUNDS, outcome.rounds());
        assertFalse(outcome.settled());
    }
}
