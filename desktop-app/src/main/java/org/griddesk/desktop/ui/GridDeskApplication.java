package org.griddesk.desktop.ui;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.griddesk.desktop.ui.task.FxTaskExecutor;

/**
 * The JavaFX application of GridDesk 网格通. The launcher builds a {@link UiStartup} and calls
 * {@link #launch(UiStartup)}; constructing the application ourselves avoids a static hand-over field.
 */
public final class GridDeskApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(GridDeskApplication.class);

    private final UiStartup startup;
    private MainWindow window;

    public GridDeskApplication(UiStartup startup) {
        this.startup = Objects.requireNonNull(startup, "startup");
    }

    /** Starts JavaFX, shows the main window and returns once it has been closed. */
    public static void launch(UiStartup startup) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> {
            GridDeskApplication application = new GridDeskApplication(startup);
            Stage stage = new Stage();
            stage.setOnHidden(event -> {
                application.stop();
                closed.countDown();
                Platform.exit();
            });
            application.start(stage);
        });
        closed.await();
    }

    @Override
    public void start(Stage stage) {
        window = new MainWindow(startup, new FxTaskExecutor(), Clock.systemUTC());
        stage.titleProperty().bind(window.localization().bind("app.title"));
        stage.setScene(window.scene());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        window.showEntry();
        // The benchmark of cold start waits for this line; runLater lets the first layout pass happen first.
        Platform.runLater(() -> LOG.info("GridDesk window shown"));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
            window = null;
        }
    }
}
