package org.griddesk.desktop.ui.households;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;

import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.ui.imports.ImportWizardViewModel;
import org.griddesk.model.record.FieldRecord;

/** The 住户 workspace as its forms see it: what is shown, where an opened form goes, what a save leads to. */
final class WorkspaceFormHost implements HouseholdForms.Host {

    private final Supplier<RegistryService> registry;
    private final ObjectProperty<HouseholdDetail> detail;
    private final List<String> grids;
    private final ObjectProperty<Map<String, String>> gridNames;
    private final ObjectProperty<ImportWizardViewModel> importWizard;
    private final ObjectProperty<RecordFormViewModel> form;
    private final Consumer<FieldRecord> saved;

    WorkspaceFormHost(Supplier<RegistryService> registry, ObjectProperty<HouseholdDetail> detail, List<String> grids,
                      ObjectProperty<Map<String, String>> gridNames,
                      ObjectProperty<ImportWizardViewModel> importWizard, ObjectProperty<RecordFormViewModel> form,
                      Consumer<FieldRecord> saved) {
        this.registry = registry;
        this.detail = detail;
        this.grids = grids;
        this.gridNames = gridNames;
        this.importWizard = importWizard;
        this.form = form;
        this.saved = saved;
    }

    @Override
    public RegistryService registry() {
        return registry.get();
    }

    @Override
    public HouseholdDetail shown() {
        return detail.get();
    }

    @Override
    public List<String> grids() {
        return grids;
    }

    @Override
    public Map<String, String> gridNames() {
        return gridNames.get();
    }

    @Override
    public void show(RecordFormViewModel opened) {
        importWizard.set(null);
        form.set(opened);
    }

    @Override
    public void closeForm() {
        form.set(null);
    }

    @Override
    public void saved(FieldRecord record) {
        saved.accept(record);
    }
}
