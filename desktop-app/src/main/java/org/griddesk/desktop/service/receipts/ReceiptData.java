package org.griddesk.desktop.service.receipts;

import java.time.LocalDate;
import java.util.List;

/**
 * What a receipt states. The identity number is already masked: a receipt is paper that leaves the worker's hands.
 */
public record ReceiptData(String applicationId, String residentName, String maskedIdNumber, String applicationType,
                          LocalDate date, List<String> materials, String workerName, String workerPhone) {

    public ReceiptData {
        materials = List.copyOf(materials);
    }
}
