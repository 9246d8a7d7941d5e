package org.griddesk.desktop.ui.testing;

import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.griddesk.desktop.app.DeviceWiring;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.VaultException;
import org.griddesk.desktop.service.device.DeviceServices;
import org.griddesk.desktop.service.map.FieldWork;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;

/**
 * "A workspace on a fresh session", as the display tests need it: a new encrypted store in the test's folder, its
 * services built by the production composition root ({@link DeviceWiring}), a real FX task executor, a recording
 * dialog service and Chinese on screen. Seed the store through {@link #session()}, then {@link #show} the workspace;
 * {@link #close} empties the stage, stops the executor and closes the store.
 */
public final class FreshWorkspace implements AutoCloseable {

    private final FxRobot robot;
    private final Stage stage;
    private final EncryptedDeviceSession session;
    private final DeviceServices services;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Localization localization = new Localization(Localization.CHINESE);

    private FreshWorkspace(FxRobot robot, Stage stage, EncryptedDeviceSession session) {
        this.robot = robot;
        this.stage = stage;
        this.session = session;
        this.services = DeviceWiring.of(session);
    }

    /** A new store in {@code dataDir}, opened with {@code passphrase}; nothing is shown yet. */
    public static FreshWorkspace create(FxRobot robot, Stage stage, Path dataDir, String passphrase)
            throws VaultException {
        return new FreshWorkspace(robot, stage, RegistryFixtures.newSession(dataDir, passphrase));
    }

    /** Builds the workspace on the FX thread and shows it in the stage, {@code width} by {@code height}. */
    public <T extends Region> T show(Supplier<T> workspace, double width, double height) {
        Object[] shown = new Object[1];
        robot.interact(() -> {
            T built = workspace.get();
            shown[0] = built;
            stage.setScene(new Scene(built, width, height));
            stage.show();
        });
        @SuppressWarnings("unchecked")
        T built = (T) shown[0];
        return built;
    }

    public EncryptedDeviceSession session() {
        return session;
    }

    public DeviceServices services() {
        return services;
    }

    public FxTaskExecutor executor() {
        return executor;
    }

    public RecordingDialogService dialogs() {
        return dialogs;
    }

    public Localization localization() {
        return localization;
    }

    @Override
    public void close() {
        robot.interact(() -> stage.setScene(new Scene(new Region())));
        executor.shutdown();
        services.fieldWork().ifPresent(FieldWork::close);
        session.close();
    }
}
