package org.griddesk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.session.SessionSettings;
import org.griddesk.sync.wire.Change;

/**
 * A device pushes 2,000 submitted 高龄津贴 applications (the built-in template: 20-odd questions, groups,
 * constraints, relevance) to the real platform over HTTP on 127.0.0.1, in batches of the desktop's ceiling (the
 * size its batches reach on a LAN). Each one
 * is loaded into its own JavaRosa form and checked completely before it is stored: parsing nothing (the template
 * is parsed once), the JSON, JavaRosa's evaluation and the PostgreSQL writes are all in the figure.
 */
final class ApplicationValidationScenario implements Scenario {

    private static final int APPLICATIONS = 2_000;
    private static final int BATCH = SessionSettings.standard().batchSize();
    private static final String DEVICE = "bench-applications";

    private InProcessPlatform platform;
    private HttpSyncClient client;
    private long clock = System.currentTimeMillis();

    @Override
    public String name() {
        return "application validation: 2k pushed applications checked by JavaRosa";
    }

    @Override
    public String unit() {
        return "applications/s";
    }

    @Override
    public void prepare() throws Exception {
        if (platform != null) {
            return;
        }
        platform = InProcessPlatform.start(true);
        client = platform.signIn(DEVICE);
        // the first push parses the template; the figure is the steady state a county platform runs in
        push(List.of(UUID.randomUUID().toString()));
    }

    @Override
    public double measure() {
        List<String> ids = new ArrayList<>(APPLICATIONS);
        for (int i = 0; i < APPLICATIONS; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        long start = System.nanoTime();
        push(ids);
        return APPLICATIONS / ((System.nanoTime() - start) / 1e9);
    }

    private void push(List<String> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Change> changes = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(ids.size(), from + BATCH); i++) {
                Hlc hlc = new Hlc(++clock, 0, DEVICE);
                changes.add(new Change("application", ids.get(i), 0, application(i), false, hlc.toString()));
            }
            InProcessPlatform.pushAccepted(client, DEVICE, changes);
        }
    }

    /** The answers of the i-th benchmark application: every one complete and valid, a third with a proxy. */
    static Map<String, Object> answers(int i) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("applicant", Map.of("name", "张桂兰", "id_number", "11010519491231002X", "sex", "2",
                "birth_date", LocalDate.now().minusYears(81 + i % 15).minusDays(i % 300).toString(),
                "phone", "1380013" + String.format("%04d", i % 10_000), "address", "幸福村3组" + i + "号"));
        answers.put("age_band", i % 15 < 9 ? "80" : "90");
        answers.put("bank", Map.of("bank_name", "abc", "account_holder", "张桂兰",
                "bank_account", "622848012345" + String.format("%07d", i)));
        answers.put("materials", "id_card hukou bank_card");
        answers.put("by_proxy", i % 3 == 0 ? "yes" : "no");
        if (i % 3 == 0) {
            answers.put("proxy", Map.of("proxy_name", "李明", "proxy_relation", "20",
                    "proxy_id_number", "110105197203150019", "proxy_phone", "13900139000"));
        }
        answers.put("signature", "3f1a9c0e.png");
        return answers;
    }

    private static Map<String, Object> application(int i) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("grid", InProcessPlatform.GRID);
        fields.put("templateId", "elderly_allowance");
        fields.put("templateVersion", "2025.1");
        fields.put("residentId", UUID.randomUUID().toString());
        fields.put("answers", answers(i));
        fields.put("status", "submitted");
        fields.put("attachments", List.of());
        fields.put("worker", "bench");
        return fields;
    }

    @Override
    public void finish() {
        if (platform != null) {
            platform.close();
        }
    }
}
