package org.griddesk.sync.merge;

/** Looks up what a field held in the revision the device based its change on (shown in conflicts). */
@FunctionalInterface
public interface BaseValues {

    BaseValues UNKNOWN = field -> null;

    Object valueAt(String field);
}
