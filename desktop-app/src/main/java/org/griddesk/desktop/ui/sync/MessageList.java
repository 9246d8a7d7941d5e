package org.griddesk.desktop.ui.sync;

import java.util.List;

/**
 * Items of a message argument shown one after another, with a separator taken from the bundle: Chinese lists
 * use 、 where English uses a comma, and MessageFormat alone cannot join a list of any length.
 */
record MessageList(List<Object> items, String separatorKey) {

    MessageList {
        items = List.copyOf(items);
    }
}
