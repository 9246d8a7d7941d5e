package org.griddesk.desktop.service.registry.imports;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How to run one import.
 *
 * @param defaultGrid grid code for rows without a grid column or value: usually the worker's own grid; may be null
 * @param existing    residents already stored, so that a re-import updates them
 * @param progress    told after each row
 * @param cancelled   checked before each row; when it answers true the import stops with {@link ImportCancelledException}
 * @param gridAtImport a check that will be given its grid only at import ({@code check} without {@code --grid}):
 *                     rows without a grid are not reported, the check says so once instead
 */
public record ImportOptions(String defaultGrid, ExistingResidents existing, ProgressListener progress,
                            BooleanSupplier cancelled, boolean gridAtImport) {

    public ImportOptions(String defaultGrid, ExistingResidents existing, ProgressListener progress,
                         BooleanSupplier cancelled) {
        this(defaultGrid, existing, progress, cancelled, false);
    }

    public ImportOptions {
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
    }

    public static ImportOptions forGrid(String defaultGrid) {
        return new ImportOptions(defaultGrid, ExistingResidents.none(), ProgressListener.NONE, () -> false);
    }

    /** For {@code check} without {@code --grid}: everything is checked but the grid import will be given. */
    public static ImportOptions gridGivenAtImport() {
        return new ImportOptions(null, ExistingResidents.none(), ProgressListener.NONE, () -> false, true);
    }

    public ImportOptions withExisting(ExistingResidents residents) {
        return new ImportOptions(defaultGrid, residents, progress, cancelled, gridAtImport);
    }

    public ImportOptions withProgress(ProgressListener listener, BooleanSupplier cancellation) {
        return new ImportOptions(defaultGrid, existing, listener, cancellation, gridAtImport);
    }
}
