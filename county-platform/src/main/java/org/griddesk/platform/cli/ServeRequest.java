package org.griddesk.platform.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code serve} was asked for: {@code builtInTemplates} publishes the templates shipped in the jar before serving
 * (demo mode); {@code maxBlobBytes} is the largest attachment the platform takes; {@code blobFolder} the attachments'
 * folder when not {@code blobs/} in the data folder.
 */
public record ServeRequest(String host, int port, DatabaseTarget database, String county, boolean builtInTemplates,
                           long maxBlobBytes, Optional<Path> blobFolder) {

    public ServeRequest(String host, int port, DatabaseTarget database, String county, boolean builtInTemplates,
                        long maxBlobBytes) {
        this(host, port, database, county, builtInTemplates, maxBlobBytes, Optional.empty());
    }
}
