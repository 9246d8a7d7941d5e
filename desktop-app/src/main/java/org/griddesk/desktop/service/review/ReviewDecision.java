package org.griddesk.desktop.service.review;

import java.util.Map;

/**
 * A reviewer's decision on one item: the action (resolve, approve, return), the body the platform expects and the
 * item version the reviewer saw, so that a decision sent late never overwrites another reviewer's.
 */
public record ReviewDecision(long itemId, String action, int version, Map<String, Object> body) {
    public ReviewDecision {
        body = Map.copyOf(body);
    }
}
