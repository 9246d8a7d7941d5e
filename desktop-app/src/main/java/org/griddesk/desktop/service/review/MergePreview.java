package org.griddesk.desktop.service.review;

import java.util.List;
import java.util.Map;

/**
 * What merging a duplicate would do, as the platform works it out before anything is written: the resident that
 * stays, the fields it takes from the other, and how many records of each type would be pointed at it.
 */
public record MergePreview(String survivorId, String mergedId, List<String> fieldsTaken, Map<String, Integer> moving) {
    public MergePreview {
        fieldsTaken = List.copyOf(fieldsTaken);
        moving = Map.copyOf(moving);
    }
}
