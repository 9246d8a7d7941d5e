package org.griddesk.desktop.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.griddesk.desktop.app.demo.DemoInfo;

/**
 * What the command line decided before the GUI starts: the data folder and, in demo mode, the demo details.
 * <p>
 * Hand-over convention: there is no static holder. {@code org.griddesk.desktop.Main} passes these options to
 * {@code GuiLauncher}, which builds the UI's {@code UiStartup} from them and calls
 * {@code GridDeskApplication.launch(UiStartup)}; the UI never reads this class.
 */
public record LaunchOptions(Path dataDir, Optional<DemoInfo> demo) {

    public LaunchOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        demo = demo == null ? Optional.empty() : demo;
    }
}
