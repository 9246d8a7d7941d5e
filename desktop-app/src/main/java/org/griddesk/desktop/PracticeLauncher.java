package org.griddesk.desktop;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.griddesk.desktop.app.demo.PracticeMode;
import org.griddesk.desktop.app.demo.PracticeSetup;
import org.griddesk.desktop.service.Vault;
import org.griddesk.desktop.ui.practice.PracticeRound;
import org.griddesk.desktop.ui.practice.PracticeStarter;

/**
 * Hands practice mode to the UI, beside GuiLauncher for the same reason: app never depends on ui. Each round
 * prepares the practice folder of one data folder and starts its platform in the background.
 */
public final class PracticeLauncher implements PracticeStarter {

    private final PracticeMode mode;
    private final Path dataDir;

    public PracticeLauncher(PracticeMode mode, Path dataDir) {
        this.mode = mode;
        this.dataDir = dataDir;
    }

    @Override
    public PracticeRound start(boolean fresh) throws Exception {
        PracticeSetup setup = mode.prepare(dataDir, fresh);
        CompletableFuture<String> platform = setup.platform().startInBackground();
        return new PracticeRound() {
            @Override
            public Vault vault() {
                return setup.vault();
            }

            @Override
            public char[] passphrase() {
                return setup.passphrase().toCharArray();
            }

            @Override
            public void whenPlatformSettled(Consumer<Optional<String>> listener) {
                platform.whenComplete((url, failure) -> listener.accept(Optional.ofNullable(failure == null ? url : null)));
            }

            @Override
            public void close() {
                setup.platform().stop();
            }
        };
    }
}
