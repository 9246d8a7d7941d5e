package org.griddesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void medianOfOddAndEvenSampleCounts() {
        assertEquals(3.0, new Figure("x", "ms", List.of(9.0, 1.0, 3.0), null).median());
        assertEquals(2.5, new Figure("x", "ms", List.of(4.0, 1.0, 3.0, 2.0), null).median());
    }

    @Test
    void aFailingRunIsReportedNotHidden() {
        Scenario broken = new Scenario() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String unit() {
                return "ms";
            }

            @Override
            public double measure() {
                throw new IllegalStateException("no platform jar");
            }
        };
        Figure figure = new ScenarioRunner().run(broken);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FigureTable().print(List.of(figure), new PrintStream(out, true, StandardCharsets.UTF_8));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("FAILED"), table);
        assertTrue(table.contains("no platform jar"), table);
    }
}
