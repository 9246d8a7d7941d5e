package org.griddesk.sync.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.griddesk.sync.client.HttpBlobClient;
import org.griddesk.sync.client.RequestRejectedException;
import org.griddesk.sync.wire.Change;

/**
 * Uploads, through {@link HttpBlobClient}, the blobs named in the fields of pushed changes. A blob the platform
 * confirmed in this run is not asked about again.
 */
public final class ReferencedBlobUploads implements BlobUploads {

    /** The blobs this device holds, by SHA-256. */
    @FunctionalInterface
    public interface LocalBlobs {
        Optional<byte[]> read(String sha256);
    }

    private final HttpBlobClient client;
    private final Function<Change, Collection<String>> references;
    private final LocalBlobs local;
    private final Set<String> confirmed = new HashSet<>();
    private final AtomicLong bytesSent = new AtomicLong();

    public ReferencedBlobUploads(HttpBlobClient client, Function<Change, Collection<String>> references,
                                 LocalBlobs local) {
        this.client = client;
        this.references = references;
        this.local = local;
    }

    /**
     * The blob names in the changes' values of the given fields (by record type), each a list of names: how the
     * desktop keeps {@code issue.photos} and {@code application.attachments}.
     */
    public static Function<Change, Collection<String>> listFields(Map<String, String> fieldByType) {
        return change -> {
            String field = fieldByType.get(change.type());
            Object value = field == null || change.delete() ? null : change.set().get(field);
            List<String> names = new ArrayList<>();
            if (value instanceof Collection<?> list) {
                list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(names::add);
            }
            return names;
        };
    }

    @Override
    public Collection<String> references(Change change) {
        return references.apply(change);
    }

    @Override
    public void beforePush(List<Change> changes) {
        Set<String> wanted = new LinkedHashSet<>();
        changes.forEach(change -> wanted.addAll(references.apply(change)));
        for (String sha256 : wanted) {
            if (!confirmed.contains(sha256)) {
                send(sha256);
            }
        }
    }

    @Override
    public boolean resend(String sha256) {
        confirmed.remove(sha256);
        return send(sha256);
    }

    /** Bytes of blobs sent in this run. */
    public long bytesSent() {
        return bytesSent.get();
    }

    private boolean send(String sha256) {
        Optional<byte[]> bytes = local.read(sha256);
        try {
            if (bytes.isEmpty()) {
                boolean there = client.presence(sha256).complete(); // another device may have sent it
                if (there) {
                    confirmed.add(sha256);
                }
                return there;
            }
            bytesSent.addAndGet(client.upload(sha256, bytes.get()));
            confirmed.add(sha256);
            return true;
        } catch (RequestRejectedException refused) {
            return false; // too large or not what its name says: its change alone waits, rejected
        }
    }
}
