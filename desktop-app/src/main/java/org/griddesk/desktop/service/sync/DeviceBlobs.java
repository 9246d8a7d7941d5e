package org.griddesk.desktop.service.sync;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import okhttp3.HttpUrl;
import org.griddesk.desktop.service.issues.IssueFields;
import org.griddesk.desktop.service.issues.MissingPhotos;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.sync.client.ClientSettings;
import org.griddesk.sync.client.DownloadTarget;
import org.griddesk.sync.client.HttpBlobClient;
import org.griddesk.sync.client.SyncException;
import org.griddesk.sync.session.BlobUploads;
import org.griddesk.sync.session.ReferencedBlobUploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The laptop's side of blobs: before a change is pushed, the photos and attachments it names go up from the
 * encrypted blob store (resumably); a photo of another device's issue comes down when it is first shown.
 */
public final class DeviceBlobs {

    /** The fields that name blobs, by record type: lists of SHA-256 names. */
    public static final Map<String, String> BLOB_FIELDS = Map.of("issue", IssueFields.PHOTOS,
            "application", "attachments");
    private static final Logger LOG = LoggerFactory.getLogger(DeviceBlobs.class);

    private final EncryptedBlobStore blobs;
    private final ClientSettings clientSettings;

    public DeviceBlobs(EncryptedBlobStore blobs, ClientSettings clientSettings) {
        this.blobs = blobs;
        this.clientSettings = clientSettings;
    }

    /** For one sync run against {@code url} with the device token. */
    public ReferencedBlobUploads uploads(HttpUrl url, Supplier<String> token) {
        return new ReferencedBlobUploads(new HttpBlobClient(url, token, clientSettings),
                ReferencedBlobUploads.listFields(BLOB_FIELDS),
                sha256 -> blobs.contains(sha256) ? Optional.of(blobs.get(sha256)) : Optional.empty());
    }

    /** Downloads that need the signed-in account: nothing is fetched while signed out. */
    public MissingPhotos downloads(SyncAccountStore accounts) {
        return sha256 -> {
            Optional<HttpUrl> url = accounts.account().map(SignedInAccount::platformUrl).map(HttpUrl::parse);
            Optional<String> token = accounts.token();
            if (url.isEmpty() || token.isEmpty()) {
                return Optional.empty();
            }
            return download(new HttpBlobClient(url.get(), token::get, clientSettings), sha256);
        };
    }

    /** Fetches one blob (a broken transfer resumes with a Range request), checks it and keeps it, encrypted. */
    Optional<byte[]> download(HttpBlobClient client, String sha256) {
        Received received = new Received();
        try {
            client.download(sha256, received);
        } catch (SyncException e) {
            LOG.info("Blob not fetched: {}", e.code());
            return Optional.empty();
        }
        byte[] bytes = received.bytes.toByteArray();
        if (!EncryptedBlobStore.sha256(bytes).equals(sha256)) {
            LOG.warn("A fetched blob did not match its name; it was dropped");
            return Optional.empty();
        }
        blobs.put(bytes);
        return Optional.of(bytes);
    }

    /** The bytes of a download so far; they stay in memory, so only the blob as a whole reaches the disk. */
    private static final class Received implements DownloadTarget {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public long held() {
            return bytes.size();
        }

        @Override
        public void append(byte[] chunk, int offset, int length) {
            bytes.write(chunk, offset, length);
        }

        @Override
        public void restart() {
            bytes.reset();
        }
    }
}
