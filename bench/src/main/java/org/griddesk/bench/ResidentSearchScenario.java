package org.griddesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.griddesk.desktop.service.registry.search.ResidentEntry;
import org.griddesk.desktop.service.registry.search.ResidentSearch;

/**
 * Search-as-you-type over 100,000 residents: each run times 2,000 queries of the kinds a worker types (a name,
 * its first character, full pinyin, initials, an identity-number or phone fragment, an address fragment) and
 * reports that run's 95th percentile.
 */
final class ResidentSearchScenario implements Scenario {

    private static final int RESIDENTS = 100_000;
    private static final int QUERIES = 2_000;

    private ResidentSearch search;
    private List<String> queries;

    @Override
    public String name() {
        return "resident search p95, 100k residents";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public void prepare() {
        if (search != null) {
            return;
        }
        List<SyntheticResidents.Person> people = SyntheticResidents.generate(RESIDENTS, 42);
        search = new ResidentSearch();
        List<ResidentEntry> entries = new ArrayList<>(people.size());
        for (SyntheticResidents.Person p : people) {
            entries.add(new ResidentEntry(p.id(), p.name(), p.idNumber(), p.phone(), p.address(), p.householdNo()));
        }
        search.putAll(entries);
        queries = queries(people, new Random(7));
        queries.forEach(search::search); // warm-up: the JIT, not the index, is what changes between runs
    }

    private static List<String> queries(List<SyntheticResidents.Person> people, Random random) {
        String[] pinyin = {"zhangwei", "wangfang", "liuyang", "chenjie", "zhang", "wang", "li", "zs", "wf", "ly", "cj", "hx"};
        List<String> queries = new ArrayList<>(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            SyntheticResidents.Person p = people.get(random.nextInt(people.size()));
            switch (i % 6) {
                case 0 -> queries.add(p.name());
                case 1 -> queries.add(p.name().substring(0, 1));
                case 2 -> queries.add(pinyin[random.nextInt(pinyin.length)]);
                case 3 -> queries.add(p.idNumber().substring(10, 16));
                case 4 -> queries.add(p.phone().substring(7));
                default -> queries.add(p.address().substring(6, 9));
            }
        }
        return queries;
    }

    @Override
    public double measure() {
        double[] millis = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            search.search(queries.get(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[(int) Math.ceil(millis.length * 0.95) - 1];
    }
}
