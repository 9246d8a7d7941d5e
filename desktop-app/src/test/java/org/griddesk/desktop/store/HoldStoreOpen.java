package org.griddesk.desktop.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Run in a child JVM by {@link SecondProcessTest}: keeps the store open until its stdin closes. */
public final class HoldStoreOpen {

    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (OpenStore open = new StoreFolder(Path.of(args[0]), StoreFixtures.fastOptions())
                .open(StoreFixtures.PASSPHRASE)) {
            out.println("OPEN " + open.schemaVersion());
            waitForEndOfInput();
        }
    }

    private static void waitForEndOfInput() throws IOException {
        while (System.in.read() >= 0) {
            // the parent closes stdin to let this process go
        }
    }
}
