package org.griddesk.desktop.ui.sync;

import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.sync.record.RecordKey;

/** One line of the 有问题的记录 list: what it says, and the record its discard button acts on (null: no button). */
public record TroubleRow(Message text, RecordKey discardable) {
}
