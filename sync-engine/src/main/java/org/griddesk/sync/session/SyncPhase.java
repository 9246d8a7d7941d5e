package org.griddesk.sync.session;

/** Where a session is: sending the outbox, fetching changes, or finished. */
public enum SyncPhase { PUSH, PULL, DONE }
