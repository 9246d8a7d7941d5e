package org.griddesk.desktop.service.applications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An application being filled in, kept in the encrypted store until it is submitted: it is not synced, so a
 * half-filled form never reaches the platform. Its id becomes the application's id.
 */
public record ApplicationDraft(String id, String residentId, String residentName, String grid, String templateId,
                               String templateVersion, Map<String, Object> answers, List<String> attachments,
                               Signature signature, Instant updatedAt) {

    public ApplicationDraft {
        answers = Map.copyOf(answers);
        attachments = List.copyOf(attachments);
    }

    public ApplicationDraft withAnswers(Map<String, Object> newAnswers, Instant at) {
        return new ApplicationDraft(id, residentId, residentName, grid, templateId, templateVersion, newAnswers,
                attachments, signature, at);
    }

    public ApplicationDraft withAttachment(String sha256, Instant at) {
        if (attachments.contains(sha256)) {
            return this;
        }
        List<String> more = new java.util.ArrayList<>(attachments);
        more.add(sha256);
        return new ApplicationDraft(id, residentId, residentName, grid, templateId, templateVersion, answers, more,
                signature, at);
    }

    public ApplicationDraft withSignature(Signature newSignature, Instant at) {
        return new ApplicationDraft(id, residentId, residentName, grid, templateId, templateVersion, answers,
                attachments, newSignature, at).withAttachment(newSignature.sha256(), at);
    }
}
