package org.griddesk.platform.service.releases;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.griddesk.platform.service.AlreadyExistsException;
import org.griddesk.platform.service.InvalidInputException;
import org.griddesk.platform.store.releases.ReleaseFolder;

/**
 * The desktop packages a county hands out through its platform, so that nobody carries a USB stick to every village:
 * an administrator publishes a package ({@code release publish}), devices ask for the newest one for their system
 * and download it. Each file name is published once; the same file again changes nothing.
 */
public final class ReleaseService {
    public static final Set<String> SYSTEMS = Set.of("linux", "windows", "macos");
    public static final Set<String> ARCHITECTURES = Set.of("amd64", "arm64", "loong64");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+~-]{0,199}");

    private final ReleaseFolder folder;
    private final Clock clock;

    ReleaseService(ReleaseFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The releases kept in {@code folder} (DATA/releases). */
    public static ReleaseService inFolder(Path folder, Clock clock) {
        return new ReleaseService(new ReleaseFolder(folder), clock);
    }

    /** What publishing did: the release, and whether it is new. */
    public record Published(Release release, boolean created) {
    }

    /**
     * Copies {@code file} into the releases folder under its own name. Without {@code version}, {@code os} or
     * {@code arch} they are read from the name (griddesk_0.2.0_amd64.deb: 0.2.0, linux, amd64).
     */
    public Published publish(Path file, Optional<String> version, Optional<String> os, Optional<String> arch) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("No such file: " + file);
        }
        String name = file.getFileName().toString();
        if (!SAFE_NAME.matcher(name).matches() || name.endsWith(".json") || name.endsWith(".part")) {
            throw new InvalidInputException("A package name may hold only letters, digits and . _ + ~ -: " + name);
        }
        String v = version.or(() -> ReleaseVersions.fromFileName(name)).orElseThrow(() -> new InvalidInputException(
                "No version in the name " + name + ": give --release-version, e.g. --release-version 0.2.0"));
        if (!ReleaseVersions.VERSION.matcher(v).matches()) {
            throw new InvalidInputException("A version is numbers and dots, e.g. 0.2.0: " + v);
        }
        String system = os.or(() -> ReleaseVersions.osOf(name)).orElseThrow(() -> new InvalidInputException(
                "Cannot tell the system of " + name + ": give --os linux|windows|macos"));
        requireOne("--os", system, SYSTEMS);
        String architecture = arch.orElseGet(() -> ReleaseVersions.archOf(name));
        requireOne("--arch", architecture, ARCHITECTURES);

        Optional<Release> existing = folder.description(name, Release.class);
        if (existing.isPresent()) {
            if (existing.get().sha256().equals(ReleaseFolder.sha256Of(file))) {
                return new Published(existing.get(), false);
            }
            throw new AlreadyExistsException(name + " is already published with other content; give the new "
                    + "package a new version");
        }
        ReleaseFolder.Copied copied = folder.copyIn(file, name);
        Release release = new Release(v, system, architecture, name, copied.size(), copied.sha256(), clock.instant());
        folder.describe(name, release);
        return new Published(release, true);
    }

    /** Every published release, newest version first. */
    public List<Release> list() {
        return folder.descriptions(Release.class).stream().sorted(newestFirst()).toList();
    }

    /** The newest release for a system and architecture. */
    public Optional<Release> latest(String os, String arch) {
        requireOne("os", os, SYSTEMS);
        requireOne("arch", arch, ARCHITECTURES);
        return list().stream().filter(r -> r.os().equals(os) && r.arch().equals(arch)).findFirst();
    }

    /** A published package for reading, empty for any name that is not one. */
    public Optional<Opened> open(String file) throws IOException {
        if (file == null || !SAFE_NAME.matcher(file).matches()) {
            return Optional.empty();
        }
        Optional<Release> release = folder.description(file, Release.class);
        if (release.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Opened(release.get(), folder.open(file)));
    }

    /** A package open for reading with what the platform says about it; the caller closes it. */
    public record Opened(Release release, FileChannel channel) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static Comparator<Release> newestFirst() {
        return Comparator.comparing(Release::version, ReleaseVersions.ORDER)
                .thenComparing(Release::publishedAt).reversed();
    }

    private static void requireOne(String what, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new InvalidInputException(what + " must be one of " + allowed.stream().sorted().toList() + ": "
                    + value);
        }
    }
}
