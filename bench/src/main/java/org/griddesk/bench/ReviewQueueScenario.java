package org.griddesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The supervisors' review queue over HTTP with 1,000,000 records and 100,000 open items in the county. PAGE: a
 * supervisor of 4 grids asks for a page of 50 open items of one kind older than a day, then
 * follows the cursor to the next page (goal ≤ 100 ms a page, counts included). COUNTS: an administrator asks for the
 * counts per kind of the whole county's open items (goal ≤ 200 ms). Each run is the mean of 10 requests.
 */
final class ReviewQueueScenario implements Scenario {
    enum Ask { PAGE, COUNTS }

    private static final int REQUESTS = 10;
    private static final String[] KINDS = {"conflict", "duplicate", "record", "application", "issue", "rating"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReviewQueueFixture fixture;
    private final Ask ask;
    private boolean opened;

    ReviewQueueScenario(ReviewQueueFixture fixture, Ask ask) {
        this.fixture = fixture;
        this.ask = ask;
    }

    @Override
    public String name() {
        return ask == Ask.PAGE ? "review queue page of 50, filtered (1M records, 100k open items)"
                : "review queue counts per kind, whole county (1M records, 100k open items)";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public void prepare() throws Exception {
        if (!opened) {
            fixture.open();
            opened = true;
            measure(); // warm the JIT and PostgreSQL's caches once
        }
    }

    @Override
    public double measure() throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            if (ask == Ask.PAGE) {
                String kind = KINDS[i % KINDS.length];
                String query = "status=open&limit=50&olderThanDays=1&kind=" + kind;
                JsonNode first = JSON.readTree(fixture.get(query, false));
                if (first.path("items").size() != 50) {
                    throw new IllegalStateException("expected a full page, got " + first.path("items").size());
                }
                fixture.get(query + "&cursor=" + first.path("next").asText(), false);
            } else {
                JsonNode counts = JSON.readTree(fixture.get("status=open&limit=1", true)).path("counts");
                if (counts.path("record").asLong() == 0) {
                    throw new IllegalStateException("no counts: " + counts);
                }
            }
        }
        double perRequest = (System.nanoTime() - start) / 1e6 / REQUESTS;
        return ask == Ask.PAGE ? perRequest / 2 : perRequest;
    }

    @Override
    public void finish() {
        if (opened) {
            fixture.close();
        }
    }
}
