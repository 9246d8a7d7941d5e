package org.griddesk.platform.service.review;

import java.util.Map;

/**
 * What an action did to an item: its new status, the comment, what to merge into the item's detail and what to keep
 * in the history event (the values chosen, the losing ones, the decision).
 */
record ItemAction(String action, String status, String comment, Map<String, Object> itemDetail,
                  Map<String, Object> eventDetail) {
}
