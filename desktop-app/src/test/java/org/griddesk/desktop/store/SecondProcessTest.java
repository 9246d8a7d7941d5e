package org.griddesk.desktop.store;

import static org.griddesk.desktop.store.StoreFixtures.PASSPHRASE;
import static org.griddesk.desktop.store.StoreFixtures.fastOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Derby's lock on the folder: a store booted by another process is refused as in use, not crashed into. */
class SecondProcessTest {

    @TempDir
    Path dataDir;

    @Test
    void storeOpenInAnotherProcessIsRefusedAsInUseAndOpensOnceThatProcessEnds() throws Exception {
        StoreFolder store = new StoreFolder(dataDir, fastOptions());
        store.create(PASSPHRASE).close();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldStoreOpen.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.startsWith("OPEN"));
            assertEquals("OPEN 8", line);

            StoreException refused = assertThrows(StoreException.class, () -> store.open(PASSPHRASE));
            assertEquals(StoreFailure.IN_USE, refused.failure());

            holder.getOutputStream().close();
            assertEquals(0, holder.waitFor(60, TimeUnit.SECONDS) ? holder.exitValue() : -1);
        } finally {
            holder.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        }
        store.open(PASSPHRASE).close();
    }
}
