package org.griddesk.platform.service;

/** A signed-in account as seen through one device token: the session and the device it was issued to. */
public record SignedInDevice(Session session, String deviceId) {
}
