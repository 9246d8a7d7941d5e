package org.griddesk.desktop.service.sync;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import okhttp3.HttpUrl;
import org.griddesk.desktop.service.issues.IssueFields;
import org.griddesk.desktop.service.issues.MissingPhotos;
import org.griddesk.desktop.store.blobs.BlobTamperedException;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.desktop.store.blobs.PartialBlob;
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
 * encrypted blob store (resumably); a photo of another device's issue comes down when it is first shown, resumably
 * too.
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

    /**
     * Fetches one blob into an encrypted partial download, so that a transfer broken off (even by a closed laptop)
     * resumes with a Range request from the bytes already here; whole, it is checked against its name and kept.
     */
    Optional<byte[]> download(HttpBlobClient client, String sha256) {
        PartialBlob partial = blobs.partial(sha256);
        try {
            client.download(sha256, new DownloadTarget() {
                @Override
                public long held() {
                    return partial.held();
                }

                @Override
                public void append(byte[] bytes, int offset, int length) {
                    partial.append(bytes, offset, length);
                }

                @Override
                public void restart() {
                    partial.restart();
                }
            });
        } catch (SyncException e) {
            LOG.info("Blob not fetched: {}", e.code());
            return Optional.empty(); // what arrived stays for the next try
        }
        try {
            return Optional.of(partial.finish());
        } catch (BlobTamperedException e) {
            LOG.warn("A fetched blob did not match its name; it was dropped");
            return Optional.empty();
        }
    }
}
