package org.griddesk.sync.store;

/** What the worker sees next to each record. */
public enum SyncState { PENDING, UPLOADING, SYNCED, REJECTED, CONFLICT }
