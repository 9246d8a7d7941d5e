package org.griddesk.desktop.service.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Updates from the county platform, so nobody carries a USB stick to every village: asks for the newest desktop
 * package ({@code GET /api/v1/releases/latest}), downloads it into the data folder's {@code updates/} (resuming a
 * broken download with {@code Range}), and keeps it only when its SHA-256 is the one the platform published.
 * It never installs anything: the worker, or the administrator, installs the checked file. The data folder is
 * not touched by the package, so the data stays.
 */
public final class DesktopUpdates {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern SAFE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+~-]{0,199}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path folder;
    private final Optional<String> currentVersion;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public DesktopUpdates(Path folder, Optional<String> currentVersion) {
        this(folder, currentVersion, HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    DesktopUpdates(Path folder, Optional<String> currentVersion, HttpClient http) {
        this.folder = folder;
        this.currentVersion = currentVersion;
        this.http = http;
    }

    /** Progress of a download in bytes. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    /**
     * The newest package for this system when it is newer than this build; empty when there is none, or when this
     * is a development build (no version to compare with).
     */
    public Optional<AvailableUpdate> check(String platformUrl) throws UpdateException {
        if (currentVersion.isEmpty()) {
            return Optional.empty();
        }
        URI base = URI.create(platformUrl.trim().replaceAll("/+$", "") + "/");
        URI latest = base.resolve("api/v1/releases/latest?os=" + os() + "&arch=" + arch());
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(latest).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UpdateException(UpdateException.Reason.OFFLINE, "platform not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpdateException(UpdateException.Reason.OFFLINE, "interrupted", e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty(); // none published, or a platform older than updates
        }
        if (response.statusCode() != 200) {
            throw new UpdateException(UpdateException.Reason.PLATFORM_ERROR, "HTTP " + response.statusCode());
        }
        AvailableUpdate update = parse(base, response.body());
        return AppVersion.newer(update.version(), currentVersion.get()) ? Optional.of(update) : Optional.empty();
    }

    /**
     * Downloads the package and checks its SHA-256. A download that breaks off keeps what arrived and resumes from
     * there next time; one whose bytes do not match is deleted and refused.
     *
     * @return the checked file in {@code updates/}
     * @throws CancellationException when {@code cancelled} turned true (what arrived is kept for the next try)
     */
    public Path download(AvailableUpdate update, Progress progress, BooleanSupplier cancelled) throws UpdateException {
        Path target = folder.resolve(update.file());
        Path part = folder.resolve(update.file() + ".part");
        try {
            Files.createDirectories(folder);
            if (Files.isRegularFile(target) && update.sha256().equals(sha256(target))) {
                progress.update(update.size(), update.size());
                return target;
            }
            long held = Files.isRegularFile(part) ? Files.size(part) : 0;
            if (held > update.size()) {
                Files.delete(part);
                held = 0;
            }
            if (held < update.size()) {
                fetch(update, part, held, progress, cancelled);
            }
            if (Files.size(part) < update.size()) {
                throw new UpdateException(UpdateException.Reason.OFFLINE, "the download of " + update.file()
                        + " broke off; it resumes from " + Files.size(part) + " bytes next time");
            }
            if (!update.sha256().equals(sha256(part))) {
                Files.deleteIfExists(part);
                throw new UpdateException(UpdateException.Reason.HASH_MISMATCH, "the downloaded " + update.file()
                        + " does not have the SHA-256 the platform published; it was deleted");
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UpdateException(UpdateException.Reason.DISK, "cannot write " + part + ": " + e.getMessage(), e);
        }
    }

    /** The command an administrator runs to install a downloaded package on Linux; empty for other packages. */
    public static Optional<String> installCommand(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String quoted = "'" + file.toAbsolutePath().toString().replace("'", "'\\''") + "'";
        if (name.endsWith(".deb")) {
            return Optional.of("pkexec dpkg -i " + quoted);
        }
        if (name.endsWith(".rpm")) {
            return Optional.of("pkexec rpm -U " + quoted);
        }
        return Optional.empty();
    }

    private void fetch(AvailableUpdate update, Path part, long held, Progress progress, BooleanSupplier cancelled)
            throws UpdateException, IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(update.url()).GET();
        if (held > 0) {
            request.header("Range", "bytes=" + held + "-");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UpdateException(UpdateException.Reason.OFFLINE, "download failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpdateException(UpdateException.Reason.OFFLINE, "interrupted", e);
        }
        long done = held;
        boolean resumed = response.statusCode() == 206;
        if (!resumed) {
            done = 0; // the whole file again: the platform ignored the range
        }
        if (response.statusCode() != 200 && !resumed) {
            response.body().close();
            throw new UpdateException(UpdateException.Reason.PLATFORM_ERROR, "download answered HTTP "
                    + response.statusCode());
        }
        try (InputStream in = response.body();
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[BUFFER];
            progress.update(done, update.size());
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                done += n;
                progress.update(done, update.size());
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("download cancelled");
                }
                if (done > update.size()) {
                    break; // more than published: the hash check refuses it
                }
            }
        } catch (IOException e) {
            if (!Files.isRegularFile(part)) {
                throw e;
            }
            throw new UpdateException(UpdateException.Reason.OFFLINE, "download broke off: " + e.getMessage(), e);
        }
    }

    private AvailableUpdate parse(URI base, String body) throws UpdateException {
        try {
            JsonNode node = json.readTree(body);
            String version = node.path("version").asText("");
            String sha256 = node.path("sha256").asText("");
            long size = node.path("size").asLong(-1);
            String url = node.path("url").asText("");
            String file = node.path("file").asText("");
            if (file.isEmpty()) {
                file = url.substring(url.lastIndexOf('/') + 1);
            }
            if (!version.matches("\\d{1,9}(\\.\\d{1,9}){0,3}") || !SHA256.matcher(sha256).matches() || size < 0
                    || url.isEmpty() || !SAFE_FILE.matcher(file).matches()) {
                throw new UpdateException(UpdateException.Reason.PLATFORM_ERROR, "not an update description");
            }
            return new AvailableUpdate(version, sha256, size, base.resolve(url), file);
        } catch (IOException | IllegalArgumentException e) {
            throw new UpdateException(UpdateException.Reason.PLATFORM_ERROR, "not an update description", e);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return name.contains("win") ? "windows" : name.contains("mac") ? "macos" : "linux";
    }

    static String arch() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return arch.equals("aarch64") || arch.equals("arm64") ? "arm64"
                : arch.startsWith("loongarch") ? "loong64" : "amd64";
    }
}
