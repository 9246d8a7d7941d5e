package org.griddesk.desktop.service.issues;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One step of an issue's history: when, who, into which status, and the note given. */
public record TimelineEntry(Instant at, String actor, IssueStatus status, String note) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        actor = actor == null ? "" : actor;
        note = note == null ? "" : note;
    }

    /** The compact JSON text kept as one element of the {@code timeline} field. */
    public String toText() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("at", at.toString());
        json.put("actor", actor);
        json.put("status", status.code());
        json.put("note", note);
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /** Reads an element written by {@link #toText}; null for text that is not one (from a newer app, say). */
    static TimelineEntry fromText(String text) {
        try {
            Map<?, ?> json = JSON.readValue(text, Map.class);
            IssueStatus status = IssueStatus.fromCode(json.get("status")).orElse(null);
            if (status == null || !(json.get("at") instanceof String at)) {
                return null;
            }
            return new TimelineEntry(Instant.parse(at), (String) json.get("actor"), status, (String) json.get("note"));
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
