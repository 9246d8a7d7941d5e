package org.griddesk.platform.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL refuses to run as root. When this JVM is root, server commands run as {@code nobody}
 * through util-linux {@code setpriv}; the read-search capability is kept so that nobody can pass
 * through private parent folders (a root home, a 0700 temp folder) on the way to its own data.
 */
public final class UnprivilegedRunner {
    private static final String USER = "nobody";
    private static final String GROUP = "nogroup";

    private final boolean root;

    private UnprivilegedRunner(boolean root) {
        this.root = root;
    }

    public static UnprivilegedRunner forCurrentUser() {
        return new UnprivilegedRunner("root".equals(System.getProperty("user.name")));
    }

    public List<String> command(List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP,
                "--clear-groups", "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Hands a folder the server writes to over to the user the server runs as. */
    public void handOver(Path folder) {
        if (!root) {
            return;
        }
        try {
            UserPrincipalLookupService lookup = folder.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal user = lookup.lookupPrincipalByName(USER);
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(GROUP);
            try (var paths = Files.walk(folder)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                            LinkOption.NOFOLLOW_LINKS);
                    view.setOwner(user);
                    view.setGroup(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand " + folder + " over to " + USER, e);
        }
    }
}
