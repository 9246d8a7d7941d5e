package org.griddesk.desktop.store.sync;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The grids the platform last announced, kept as one checkpoint of comma-separated codes ("" for none). */
final class KnownGrids {

    private static final String NAME = "scope.grids";

    private final Checkpoints checkpoints;

    KnownGrids(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    Optional<Set<String>> get() {
        return checkpoints.get(NAME).map(text -> text.isEmpty() ? Set.of()
                : Arrays.stream(text.split(",")).collect(Collectors.toUnmodifiableSet()));
    }

    void save(Set<String> grids) {
        checkpoints.put(NAME, String.join(",", new TreeSet<>(grids)));
    }
}
