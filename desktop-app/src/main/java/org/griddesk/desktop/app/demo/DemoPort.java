package org.griddesk.desktop.app.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The port the demo platform listened on last time, kept in its folder so that a restart can ask for it again. */
final class DemoPort {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPort.class);
    private static final String FILE = "port";

    private final Path file;

    DemoPort(Path platformDir) {
        this.file = platformDir.resolve(FILE);
    }

    Optional<Integer> remembered() {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            int port = Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip());
            return port > 0 && port < 65536 ? Optional.of(port) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // a damaged note costs only the old address
        }
    }

    void remember(String url) {
        try {
            int port = URI.create(url).getPort();
            if (port > 0) {
                Files.writeString(file, Integer.toString(port), StandardCharsets.UTF_8);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Demo platform port not remembered: {}", e.toString());
        }
    }
}
