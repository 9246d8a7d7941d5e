package org.griddesk.desktop.ui.households;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.SaveOutcome;
import org.griddesk.desktop.service.registry.SplitOutcome;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * What happens to members of the shown household: death, moving away, moving into another household (迁入他户)
 * and splitting off a new one (分户). Each asks the worker first, runs in the background, is kept in the history
 * (nobody is deleted), and ends by showing the household the worker should see next.
 */
public final class HouseholdLifeEvents {

    private final Supplier<RegistryService> registry;
    private final Supplier<RegistryRows> rows;
    private final Supplier<String> shownHousehold;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final BiConsumer<Message, String> changed;

    /** {@code changed} gets the notice to show and the household to show after a change. */
    HouseholdLifeEvents(Supplier<RegistryService> registry, Supplier<RegistryRows> rows,
                        Supplier<String> shownHousehold, TaskExecutor executor, DialogService dialogs,
                        BiConsumer<Message, String> changed) {
        this.registry = registry;
        this.rows = rows;
        this.shownHousehold = shownHousehold;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changed = changed;
    }

    public void recordDeath(MemberRow member) {
        changeStatus(member, "households.death",
                loaded -> loaded.lifeEvents().recordDeath(member.id(), today()));
    }

    public void recordMoveAway(MemberRow member) {
        changeStatus(member, "households.moveAway",
                loaded -> loaded.lifeEvents().recordMoveAway(member.id(), today()));
    }

    /** Households a member can move into: every other one whose address or head matches {@code text}. */
    public List<HouseholdRow> moveTargets(String text) {
        RegistryRows known = rows.get();
        if (known == null) {
            return List.of();
        }
        String shown = shownHousehold.get();
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return known.households(null, null, CareFilter.ALL).stream()
                .filter(row -> !row.id().equals(shown))
                .filter(row -> wanted.isEmpty() || row.address().toLowerCase(Locale.ROOT).contains(wanted)
                        || row.headName().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    /** Moves a member into another household after the worker confirms; the move stays in the history. */
    public void moveResident(MemberRow member, HouseholdRow target, String relation) {
        RegistryService loaded = registry.get();
        if (member == null || target == null || relation == null || relation.isBlank() || loaded == null
                || !dialogs.showConfirmation(new Message("households.move.title"),
                        new Message("households.move.confirm", member.name(), target.address()))) {
            return;
        }
        String shown = shownHousehold.get();
        run(() -> loaded.lifeEvents().moveResident(member.id(), target.id(), relation), SaveOutcome::ok,
                outcome -> shown);
    }

    /** Splits the chosen members off into a new household headed by {@code newHead}, then shows it. */
    public void splitHousehold(List<MemberRow> members, MemberRow newHead) {
        String shown = shownHousehold.get();
        RegistryService loaded = registry.get();
        if (shown == null || loaded == null || members == null || members.isEmpty() || newHead == null
                || !members.contains(newHead) || !dialogs.showConfirmation(new Message("households.split.title"),
                        new Message("households.split.confirm", members.size(), newHead.name()))) {
            return;
        }
        List<String> ids = members.stream().map(MemberRow::id).toList();
        run(() -> loaded.lifeEvents().splitHousehold(shown, ids, newHead.id(), Map.of()), SplitOutcome::ok,
                outcome -> outcome.newHouseholdId().orElse(shown));
    }

    private void changeStatus(MemberRow member, String key, Function<RegistryService, SaveOutcome> change) {
        RegistryService loaded = registry.get();
        if (member == null || loaded == null || !dialogs.showConfirmation(new Message(key + ".title"),
                new Message(key + ".confirm", member.name()))) {
            return;
        }
        String shown = shownHousehold.get();
        run(() -> change.apply(loaded), SaveOutcome::ok, outcome -> shown);
    }

    private <T> void run(Supplier<T> change, Predicate<T> ok, Function<T, String> showAfter) {
        executor.execute(progress -> change.get(), TaskCallbacks.of(
                outcome -> changed.accept(new Message(ok.test(outcome) ? "households.saved" : "households.error.save"),
                        showAfter.apply(outcome)),
                failure -> dialogs.showError(new Message("households.error.title"),
                        new Message("households.error.save"))));
    }

    private static LocalDate today() {
        return LocalDate.now(Registries.CHINA);
    }
}
