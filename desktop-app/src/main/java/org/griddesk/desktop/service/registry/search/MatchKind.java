package org.griddesk.desktop.service.registry.search;

/** Why a resident matched a query; the declaration order is the ranking, best first. */
public enum MatchKind {
    EXACT_NAME,
    NAME_PREFIX,
    NAME_CONTAINS,
    PINYIN_INITIALS,
    PINYIN,
    NUMBER_FRAGMENT,
    ADDRESS
}
