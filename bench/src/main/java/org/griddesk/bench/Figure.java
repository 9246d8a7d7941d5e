package org.griddesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The figures of one scenario; the median is what we report, the spread says how far to trust it. */
public record Figure(String name, String unit, List<Double> samples, String failure) {

    public static Figure failed(String name, String unit, String failure) {
        return new Figure(name, unit, List.of(), failure);
    }

    public double median() {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double min() {
        return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double max() {
        return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
