package org.griddesk.platform.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.griddesk.platform.service.releases.Release;
import org.griddesk.platform.service.releases.ReleaseService;

/**
 * {@code GET /api/v1/releases/latest?os=linux&arch=amd64}: the newest desktop package for a system,
 * {@code {version, sha256, size, url, file, os, arch, publishedAt}} ({@code url} is the download path, relative to
 * the platform's address); 404 {@code no_release} when none is published. {@code GET /api/v1/releases/{file}}
 * downloads it, one byte range at a time if asked ({@code Range}, 206). Neither needs a sign-in: a device whose
 * schema is too old to sync, or whose token was revoked, must still be able to update, and a package holds nothing
 * of the county's.
 */
public final class ReleaseRoutes {
    static final String DOWNLOADS = "/api/v1/releases/";

    private final ReleaseService releases;

    public ReleaseRoutes(ReleaseService releases) {
        this.releases = releases;
    }

    public void latest(Context ctx) {
        String os = Optional.ofNullable(ctx.queryParam("os")).orElse("linux");
        String arch = Optional.ofNullable(ctx.queryParam("arch")).orElse("amd64");
        Release release = releases.latest(os, arch).orElseThrow(() -> new ApiException(404, "no_release",
                "No desktop package for " + os + "/" + arch + " is published"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", release.version());
        body.put("sha256", release.sha256());
        body.put("size", release.size());
        body.put("url", DOWNLOADS + release.file());
        body.put("file", release.file());
        body.put("os", release.os());
        body.put("arch", release.arch());
        body.put("publishedAt", release.publishedAt().toString());
        ctx.header("Cache-Control", "no-cache").json(body);
    }

    public void download(Context ctx) throws IOException {
        Optional<ReleaseService.Opened> opened = releases.open(ctx.pathParam("file"));
        if (opened.isEmpty()) {
            throw new ApiException(404, "not_found", "No such package");
        }
        try (ReleaseService.Opened file = opened.get()) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + file.release().file() + "\"");
            RangedDownload.send(ctx, file.channel(), file.release().sha256(), "application/octet-stream");
        }
    }
}
