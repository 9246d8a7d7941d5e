package org.griddesk.desktop.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.stage.Stage;

import org.griddesk.desktop.ui.testing.FxWaits;
import org.griddesk.desktop.service.VaultFactory;
import org.griddesk.desktop.ui.common.DemoNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Demo mode: the unlock screen shows the demo passphrase and account, and the platform once it runs. */
@ExtendWith(ApplicationExtension.class)
class DemoUnlockFlowTest {

    private static final String DEMO_PASSPHRASE = "griddesk-demo-2026";

    @TempDir
    Path dataDir;
    private Stage stage;
    private GridDeskRobot app;
    private final AtomicReference<Consumer<String>> platformListener = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void demoStore() throws Exception {
        VaultFactory.open(dataDir).create(DEMO_PASSPHRASE.toCharArray()).close();
    }

    @AfterEach
    void closeStore() {
        app.close();
    }

    @Test
    void theShownDemoPassphraseUnlocksTheDemoStore(FxRobot robot) throws Exception {
        DemoNotice notice = new DemoNotice(DEMO_PASSPHRASE, Optional.empty(), Optional.of("demo"),
                Optional.of("demo-worker-2026"), platformListener::set);
        app = new GridDeskRobot(robot);
        app.open(stage, dataDir, Optional.of(notice));
        app.waitFor("#demoNotice");
        assertEquals("演示口令：griddesk-demo-2026", app.text("#demoPassphrase"));
        assertEquals("演示平台账号：demo / demo-worker-2026", app.text("#demoAccount"));
        assertEquals("演示平台：正在启动……", app.text("#demoPlatform"));

        // The demo platform reports its address from its own thread once it is up.
        Thread platform = new Thread(() -> platformListener.get().accept("http://127.0.0.1:18080"));
        platform.start();
        platform.join();
        FxWaits.waitUntil(() -> app.text("#demoPlatform").equals("演示平台：http://127.0.0.1:18080"));

        app.typeInto("#passphrase", DEMO_PASSPHRASE);
        app.pressEnter();
        app.waitFor("#shell");
    }
}
