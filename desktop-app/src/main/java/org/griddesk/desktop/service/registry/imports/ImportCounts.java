package org.griddesk.desktop.service.registry.imports;

/** The numbers a dry run shows before the worker confirms. */
public record ImportCounts(int validRows, int invalidRows, int residentsToCreate, int residentsToUpdate,
                           int householdsToCreate, int householdsToUpdate) {
}
