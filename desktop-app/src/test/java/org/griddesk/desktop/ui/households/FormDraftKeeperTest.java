package org.griddesk.desktop.ui.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

import org.griddesk.desktop.ui.task.BackgroundWork;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.desktop.ui.task.TaskHandle;
import org.griddesk.model.record.ResidentFields;
import org.junit.jupiter.api.Test;

/** Drafts are read off the FX thread; what the worker types before the draft arrives is never overwritten. */
class FormDraftKeeperTest {

    private final Map<String, Map<String, String>> stored = new HashMap<>();
    private final List<String> readOn = new java.util.ArrayList<>();
    private final HeldExecutor executor = new HeldExecutor();
    private final FormDraftKeeper keeper = new FormDraftKeeper(new DraftStore() {
        @Override
        public Optional<Map<String, String>> read(String form) {
            readOn.add(Thread.currentThread().getName());
            return Optional.ofNullable(stored.get(form));
        }

        @Override
        public void write(String form, Map<String, String> fields) {
            stored.put(form, Map.copyOf(fields));
        }

        @Override
        public void discard(String form) {
            stored.remove(form);
        }
    }, executor);

    @Test
    void theDraftIsReadAsBackgroundWorkAndFillsOnlyWhatTheWorkerHasNotTypedMeanwhile() {
        stored.put("resident:new", Map.of(ResidentFields.NAME, "张三", ResidentFields.PHONE, "13800138000"));
        FormFields fields = new FormFields(List.of(ResidentFields.NAME, ResidentFields.PHONE));
        boolean[] following = {false};

        keeper.restore("resident:new", fields, () -> following[0] = true);
        assertTrue(readOn.isEmpty(), "nothing is read before the background work runs");
        fields.value(ResidentFields.NAME).set("张三丰");
        executor.runHeld();

        assertEquals("张三丰", fields.value(ResidentFields.NAME).get(), "typed before the draft arrived: kept");
        assertEquals("13800138000", fields.value(ResidentFields.PHONE).get(), "untouched: filled from the draft");
        assertTrue(following[0]);
        assertEquals(1, readOn.size());
    }

    @Test
    void withoutADraftTheFormStaysAsOpenedAndIsFollowed() {
        FormFields fields = new FormFields(List.of(ResidentFields.NAME));
        boolean[] following = {false};
        keeper.restore("resident:new", fields, () -> following[0] = true);
        executor.runHeld();
        assertEquals("", fields.texts().get(ResidentFields.NAME));
        assertTrue(following[0]);
        assertFalse(stored.containsKey("resident:new"));
    }

    /** Holds background work until the test lets it run, as a busy machine would. */
    private static final class HeldExecutor implements TaskExecutor {
        private final Queue<Runnable> held = new ArrayDeque<>();
        private final CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();

        @Override
        public <T> TaskHandle execute(BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
            held.add(() -> now.execute(work, callbacks));
            return now.execute(progress -> null, TaskCallbacks.of(done -> { }, failure -> { }));
        }

        void runHeld() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }

        @Override
        public void shutdown() {
        }
    }
}
