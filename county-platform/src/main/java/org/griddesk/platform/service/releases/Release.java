package org.griddesk.platform.service.releases;

import java.time.Instant;

/**
 * One desktop package the platform hands out: {@code file} is its name in the releases folder and in the download
 * path, {@code sha256} what a device checks before it offers to install it.
 */
public record Release(String version, String os, String arch, String file, long size, String sha256,
                      Instant publishedAt) {
}
