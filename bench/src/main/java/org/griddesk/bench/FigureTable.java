package org.griddesk.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the figures as one plain-text table: name, median, unit, runs (and the spread). */
final class FigureTable {

    private static final String ROW = "%-48s %12s  %-10s %5s  %s%n";

    void print(List<Figure> figures, PrintStream out) {
        out.printf(ROW, "benchmark", "median", "unit", "runs", "min .. max");
        out.println("-".repeat(100));
        for (Figure f : figures) {
            if (f.failure() != null) {
                out.printf(ROW, f.name(), "FAILED", f.unit(), "0", f.failure());
            } else {
                out.printf(ROW, f.name(), format(f.median()), f.unit(), f.samples().size(),
                        format(f.min()) + " .. " + format(f.max()));
            }
        }
    }

    private static String format(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
