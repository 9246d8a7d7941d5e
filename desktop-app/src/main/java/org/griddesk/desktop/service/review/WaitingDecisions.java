package org.griddesk.desktop.service.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.store.SettingsTable;
import org.griddesk.sync.wire.WireMapper;

/**
 * Decisions made while the platform could not be reached, kept in the encrypted store (one settings row each, in
 * the order they were made) until they are sent: a dropped connection never loses a supervisor's decision.
 */
public final class WaitingDecisions {
    static final String PREFIX = "review-waiting-";
    private static final int MAX_VALUE_LENGTH = 4000;

    private final SettingsTable settings;
    private final ObjectMapper json = WireMapper.create();

    public WaitingDecisions(SettingsTable settings) {
        this.settings = settings;
    }

    /** Keeps the decision; {@code order} (e.g. the time in millis) orders it after the ones before. */
    void add(ReviewDecision decision, long order) {
        String text = write(decision);
        if (text.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("decision too long to keep");
        }
        settings.put(PREFIX + String.format("%019d", order) + "-" + decision.itemId(), text);
    }

    List<Waiting> all() {
        List<Waiting> waiting = new ArrayList<>();
        settings.startingWith(PREFIX).forEach((name, text) -> waiting.add(new Waiting(name, read(text))));
        return waiting;
    }

    void remove(Waiting waiting) {
        settings.remove(waiting.name());
    }

    private String write(ReviewDecision decision) {
        try {
            return json.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReviewDecision read(String text) {
        try {
            Map<?, ?> map = json.readValue(text, Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) map.get("body");
            return new ReviewDecision(((Number) map.get("itemId")).longValue(), (String) map.get("action"),
                    ((Number) map.get("version")).intValue(), body == null ? Map.of() : body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a waiting decision could not be read", e);
        }
    }

    /** A decision waiting under its settings name. */
    record Waiting(String name, ReviewDecision decision) {
    }
}
