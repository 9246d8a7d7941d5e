package org.griddesk.desktop.service.applications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A draft as one JSON text in the drafts table. */
final class DraftJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private DraftJson() {
    }

    static String write(ApplicationDraft draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", draft.id());
        body.put("residentId", draft.residentId());
        body.put("residentName", draft.residentName());
        body.put("grid", draft.grid());
        body.put("templateId", draft.templateId());
        body.put("templateVersion", draft.templateVersion());
        body.put("answers", draft.answers());
        body.put("attachments", draft.attachments());
        body.put("updatedAt", draft.updatedAt().toString());
        Signature signature = draft.signature();
        if (signature != null) {
            Map<String, Object> signed = new LinkedHashMap<>();
            signed.put("sha256", signature.sha256());
            signed.put("at", signature.at().toString());
            signed.put("byProxy", signature.byProxy());
            signed.put("proxyName", signature.proxyName());
            signed.put("proxyRelation", signature.proxyRelation());
            body.put("signature", signed);
        }
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a draft cannot be written as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    static ApplicationDraft read(String json) {
        Map<String, Object> body;
        try {
            body = MAPPER.readValue(json, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft is damaged", e);
        }
        Signature signature = null;
        if (body.get("signature") instanceof Map<?, ?> signed) {
            signature = new Signature(text(signed.get("sha256")), Instant.parse(text(signed.get("at"))),
                    Boolean.TRUE.equals(signed.get("byProxy")), text(signed.get("proxyName")),
                    text(signed.get("proxyRelation")));
        }
        return new ApplicationDraft(text(body.get("id")), text(body.get("residentId")),
                text(body.get("residentName")), text(body.get("grid")), text(body.get("templateId")),
                text(body.get("templateVersion")), (Map<String, Object>) body.getOrDefault("answers", Map.of()),
                ((List<Object>) body.getOrDefault("attachments", List.of())).stream().map(String::valueOf).toList(),
                signature, Instant.parse(text(body.get("updatedAt"))));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
