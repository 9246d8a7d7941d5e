package org.griddesk.desktop.service.issues;

import java.util.List;

import org.griddesk.model.record.Location;

/** What the worker fills in when logging an issue; the status and timeline are the service's business. */
public record IssueDraft(String grid, String category, String title, String description, Location location,
                         IssuePriority priority, List<String> photos, List<String> residentIds) {

    public IssueDraft {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        grid = grid == null ? "" : grid.strip();
        priority = priority == null ? IssuePriority.NORMAL : priority;
        photos = photos == null ? List.of() : List.copyOf(photos);
        residentIds = residentIds == null ? List.of() : List.copyOf(residentIds);
    }
}
