package org.griddesk.desktop;

import java.util.Optional;

import org.griddesk.desktop.app.DeviceWiring;
import org.griddesk.desktop.app.demo.DemoInfo;
import org.griddesk.desktop.app.demo.DemoVault;
import org.griddesk.desktop.app.GuiStarter;
import org.griddesk.desktop.app.LaunchOptions;
import org.griddesk.desktop.app.demo.PracticeMode;
import org.griddesk.desktop.service.VaultFactory;
import org.griddesk.desktop.ui.GridDeskApplication;
import org.griddesk.desktop.ui.UiStartup;
import org.griddesk.desktop.ui.common.DemoNotice;

/**
 * Hands the launch options to the UI. It lives in the root package, beside Main, so that app never depends
 * on ui: the UI receives a {@link UiStartup} and knows nothing of the command line.
 */
final class GuiLauncher implements GuiStarter {

    @Override
    public void start(LaunchOptions options) throws InterruptedException {
        UiStartup standard = UiStartup.forDataDir(options.dataDir(), options.demo().map(GuiLauncher::notice));
        UiStartup startup = options.demo()
                .map(demo -> new UiStartup(new DemoVault(VaultFactory.open(options.dataDir()), demo.platform()),
                        standard.assessor(), standard.languageStore(), standard.demo(), standard.displayStore()))
                .orElse(standard)
                .withWiring(new DeviceWiring())
                .withPractice(new PracticeLauncher(PracticeMode.standard(VaultFactory::open), options.dataDir()));
        GridDeskApplication.launch(startup);
    }

    private static DemoNotice notice(DemoInfo demo) {
        return new DemoNotice(demo.passphrase(), demo.platform().url(),
                Optional.of(demo.accounts().workerUsername()), Optional.of(demo.accounts().workerPassword()),
                demo.platform()::whenReady);
    }
}
