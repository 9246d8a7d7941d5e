package org.griddesk.platform.app;

import java.nio.file.Path;
import org.griddesk.platform.service.blobs.BlobService;
import org.griddesk.platform.store.DatabaseSettings;

/**
 * How to run one county platform: where to listen, which database, which county, whether to publish the built-in
 * application templates first, and the largest blob it takes. Blobs live on disk, beside (not inside) the database:
 * in {@code blobs/} under the data folder unless {@code blobFolder} names another one. Several platforms on one
 * database must name the same folder (a shared mount), or a blob uploaded through one is missing on the others.
 */
public record PlatformConfig(String host, int port, DatabaseSettings database, String county,
                             boolean builtInTemplates, long maxBlobBytes, Path blobFolderOrNull) {

    public PlatformConfig(String host, int port, DatabaseSettings database, String county,
                          boolean builtInTemplates, long maxBlobBytes) {
        this(host, port, database, county, builtInTemplates, maxBlobBytes, null);
    }

    public PlatformConfig(String host, int port, DatabaseSettings database, String county) {
        this(host, port, database, county, false, BlobService.DEFAULT_MAX_BYTES);
    }

    public PlatformConfig(String host, int port, DatabaseSettings database, String county, boolean builtInTemplates) {
        this(host, port, database, county, builtInTemplates, BlobService.DEFAULT_MAX_BYTES);
    }

    public PlatformConfig(String host, int port, DatabaseSettings database, String county, long maxBlobBytes) {
        this(host, port, database, county, false, maxBlobBytes);
    }

    /** Loopback, a free port, the embedded database in {@code dataFolder}, the demo county. */
    public static PlatformConfig local(Path dataFolder) {
        return new PlatformConfig("127.0.0.1", 0, DatabaseSettings.embedded(dataFolder), "500101");
    }

    public PlatformConfig withMaxBlobBytes(long bytes) {
        return new PlatformConfig(host, port, database, county, builtInTemplates, bytes, blobFolderOrNull);
    }

    public PlatformConfig withBlobFolder(Path folder) {
        return new PlatformConfig(host, port, database, county, builtInTemplates, maxBlobBytes, folder);
    }

    /** The desktop packages devices update from ({@code release publish}): {@code releases/} in the data folder. */
    public Path releasesFolder() {
        return database.dataFolder().resolve("releases");
    }

    public Path blobFolder() {
        return blobFolderOrNull != null ? blobFolderOrNull : database.dataFolder().resolve("blobs");
    }
}
