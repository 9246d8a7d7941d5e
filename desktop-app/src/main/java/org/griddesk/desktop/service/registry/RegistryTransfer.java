package org.griddesk.desktop.service.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.griddesk.desktop.service.registry.imports.ImportCancelledException;
import org.griddesk.desktop.service.registry.imports.ImportResult;
import org.griddesk.desktop.service.registry.imports.ImportedRecord;
import org.griddesk.desktop.service.registry.imports.ProgressListener;
import org.griddesk.desktop.service.registry.imports.ResidentExporter;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.RecordType;
import org.griddesk.sync.record.FieldValues;

/**
 * Moves resident lists in and out of the registry: an import's valid records written through the outbox
 * (households first, so each resident's household exists before it), and exports of what is stored.
 */
public final class RegistryTransfer {

    /** Records per transaction: small enough that a cancel takes effect soon, large enough to be quick. */
    private static final int BATCH = 200;

    private final RegistryService registry;

    public RegistryTransfer(RegistryService registry) {
        this.registry = registry;
    }

    /**
     * Writes the dry run's households then residents; an UPDATE sets only the fields the file holds. A cancel
     * stops between batches: what was written stays written and a re-import updates it instead of copying it.
     */
    public ImportCommit commit(ImportResult result, ProgressListener progress, BooleanSupplier cancelled) {
        List<ImportedRecord> all = new ArrayList<>();
        int unchangedResidents = 0;
        for (ImportedRecord imported : concat(result.households(), result.residents())) {
            if (alreadyStored(imported.record())) {
                unchangedResidents += imported.record().type() == RecordType.RESIDENT ? 1 : 0;
            } else {
                all.add(imported);
            }
        }
        int written = 0;
        for (int from = 0; from < all.size(); from += BATCH) {
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelledException();
            }
            List<PlannedEdit> batch = all.subList(from, Math.min(all.size(), from + BATCH)).stream()
                    .map(RegistryTransfer::edit).toList();
            registry.writer().writeValidated(batch);
            written += batch.size();
            progress.progress(written, all.size());
        }
        return new ImportCommit(result.residents().size() - unchangedResidents, unchangedResidents,
                result.counts().invalidRows());
    }

    private static List<ImportedRecord> concat(List<ImportedRecord> first, List<ImportedRecord> second) {
        List<ImportedRecord> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A re-import of an unchanged list writes nothing: no outbox entries, nothing to upload. */
    private boolean alreadyStored(FieldRecord imported) {
        return registry.find(imported.type(), imported.id())
                .map(stored -> imported.fields().entrySet().stream().allMatch(field -> FieldValues.same(
                        RecordConversion.toSyncValue(field.getValue()),
                        RecordConversion.toSyncValue(stored.fields().get(field.getKey())))))
                .orElse(false);
    }

    private static PlannedEdit edit(ImportedRecord imported) {
        FieldRecord record = imported.record();
        Map<String, Object> fields = new LinkedHashMap<>(record.fields());
        return new PlannedEdit(record.type(), record.id(), fields);
    }

    public void export(Path file, boolean fullNumbers, Locale locale, ProgressListener progress,
                       BooleanSupplier cancelled) throws IOException {
        Map<String, FieldRecord> households = new LinkedHashMap<>();
        registry.households().forEach(h -> households.put(h.id(), h));
        List<FieldRecord> residents = registry.residents();
        new ResidentExporter(locale).export(file, residents, households, fullNumbers, progress, cancelled);
        if (fullNumbers) {
            registry.recordFullNumberExport(residents.size());
        }
    }
}
