package org.griddesk.desktop.ui.practice;

import java.util.Optional;
import java.util.function.Consumer;

import org.griddesk.desktop.service.Vault;

/** One round of practice: the practice store to open and the practice platform that lives as long as the round. */
public interface PracticeRound extends AutoCloseable {

    /** Every session of this vault syncs with the practice platform only. */
    Vault vault();

    /** Opens the practice store; made-up data only, so it is no secret. */
    char[] passphrase();

    /** Told once, on any thread: the practice platform's address, or empty when it could not start. */
    void whenPlatformSettled(Consumer<Optional<String>> listener);

    /** Stops the practice platform and returns once it has stopped. */
    @Override
    void close();
}
