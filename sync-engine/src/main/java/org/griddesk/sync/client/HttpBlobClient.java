package org.griddesk.sync.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.ErrorDetail;
import org.griddesk.sync.wire.WireMapper;

/**
 * Resumable blob transfer over {@code /api/v1/blobs/{sha256}}. An upload asks HEAD how many bytes the platform holds
 * and sends the rest in chunks with {@code Content-Range}; a download asks for {@code Range: bytes=HELD-}. After a
 * broken connection both resume from the bytes already across, with the same bounded back-off as sync; a chunk that
 * arrives whole resets the count of failures, so a slow link that keeps making progress is never given up on.
 */
public final class HttpBlobClient {
    public static final String BLOBS_PATH = "api/v1/blobs";
    public static final String HELD_HEADER = "Upload-Offset";
    /** Small enough that a chunk crosses a 100 kbit/s link in a few seconds, large enough to keep round trips few. */
    public static final int DEFAULT_CHUNK_BYTES = 64 * 1024;
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");

    private final HttpUrl baseUrl;
    private final Supplier<String> token;
    private final OkHttpClient http;
    private final Backoff backoff;
    private final int chunkBytes;
    private final ObjectMapper mapper = WireMapper.create();

    public HttpBlobClient(HttpUrl baseUrl, Supplier<String> token, ClientSettings settings) {
        this(baseUrl, token, settings, DEFAULT_CHUNK_BYTES, Sleeper.REAL, new Random());
    }

    public HttpBlobClient(HttpUrl baseUrl, Supplier<String> token, ClientSettings settings, int chunkBytes,
                          Sleeper sleeper, RandomGenerator random) {
        if (chunkBytes < 1) {
            throw new IllegalArgumentException("chunkBytes must be at least 1");
        }
        this.baseUrl = Objects.requireNonNull(baseUrl);
        this.token = Objects.requireNonNull(token);
        this.backoff = new Backoff(settings.retry(), sleeper, random);
        this.chunkBytes = chunkBytes;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                .build();
    }

    /** HEAD: whether the platform holds the blob whole, and how many of its bytes it holds. */
    public BlobPresence presence(String sha256) {
        return withRetries(() -> headOnce(sha256));
    }

    /**
     * Makes sure the platform holds {@code bytes} under {@code sha256}, sending only what it lacks.
     *
     * @return the number of bytes sent (0 when the platform held the blob already)
     * @throws RequestRejectedException when the platform refuses the blob ({@code too_large}, {@code hash_mismatch})
     */
    public long upload(String sha256, byte[] bytes) {
        BlobPresence presence = presence(sha256);
        long offset = presence.complete() ? bytes.length : presence.held();
        long sent = 0;
        int failures = 0;
        while (offset < bytes.length) {
            int length = (int) Math.min(chunkBytes, bytes.length - offset);
            try {
                long held = putOnce(sha256, bytes, offset, length);
                sent += length;
                offset = held;
                failures = 0;
            } catch (ServerUnavailableException e) {
                failures++;
                if (backoff.exhausted(failures)) {
                    throw e;
                }
                backoff.pause(failures, e);
                offset = presence(sha256).held(); // the platform kept what arrived before the break
            } catch (HeldElsewhere e) {
                if (e.held == offset) { // another upload of this blob still runs on the platform: wait for it
                    failures++;
                    ServerUnavailableException busy = new ServerUnavailableException("Another upload of the blob runs",
                            null);
                    if (backoff.exhausted(failures)) {
                        throw busy;
                    }
                    backoff.pause(failures, busy);
                }
                offset = e.held;
            }
        }
        return sent;
    }

    /**
     * Fetches the blob into {@code target}, from the bytes it already holds on.
     *
     * @throws RequestRejectedException 404 {@code not_found} when the platform lacks it or the account may not read it
     */
    public void download(String sha256, DownloadTarget target) {
        int failures = 0;
        while (true) {
            try {
                if (getOnce(sha256, target)) {
                    return;
                }
                failures = 0; // progress, cut short: resume at once
            } catch (ServerUnavailableException e) {
                failures++;
                if (backoff.exhausted(failures)) {
                    throw e;
                }
                backoff.pause(failures, e);
            }
        }
    }

    private BlobPresence headOnce(String sha256) {
        Request request = authorized(sha256).head().build();
        try (Response response = http.newCall(request).execute()) {
            long held = heldIn(response);
            if (response.code() == 200) {
                return new BlobPresence(true, held);
            }
            if (response.code() == 404) {
                return new BlobPresence(false, Math.max(0, held));
            }
            throw HttpFailures.of(response.code(), new ErrorDetail(response.code() == 401 ? ErrorCodes.UNAUTHORIZED
                    : response.code() == 400 ? ErrorCodes.INVALID_FIELD : "http_" + response.code(),
                    "HEAD of a blob answered HTTP " + response.code()));
        } catch (InterruptedIOException e) {
            throw new ServerUnavailableException("The platform did not answer in time", e);
        } catch (IOException e) {
            throw new ServerUnavailableException("The platform could not be reached", e);
        }
    }

    /** @return the bytes the platform holds after the chunk */
    private long putOnce(String sha256, byte[] bytes, long offset, int length) {
        long last = offset + length - 1;
        Request request = authorized(sha256)
                .header("Content-Range", "bytes " + offset + "-" + last + "/" + bytes.length)
                .put(RequestBody.create(bytes, OCTETS, (int) offset, length))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (response.isSuccessful()) {
                long held = heldIn(response);
                return held < 0 ? offset + length : held;
            }
            ErrorDetail error = HttpFailures.detail(response, mapper);
            if (response.code() == 409 && heldIn(response) >= 0) {
                throw new HeldElsewhere(heldIn(response));
            }
            throw HttpFailures.of(response.code(), error);
        } catch (InterruptedIOException e) {
            throw new ServerUnavailableException("The platform did not answer in time", e);
        } catch (IOException e) {
            throw new ServerUnavailableException("The platform could not be reached", e);
        }
    }

    /** @return true when the blob arrived whole, false when the body broke off after some bytes arrived */
    private boolean getOnce(String sha256, DownloadTarget target) {
        long from = target.held();
        Request.Builder request = authorized(sha256).get();
        if (from > 0) {
            request.header("Range", "bytes=" + from + "-");
        }
        long before = from;
        try (Response response = http.newCall(request.build()).execute()) {
            if (response.code() == 416) {
                return true; // every byte is held already
            }
            if (!response.isSuccessful()) {
                throw HttpFailures.of(response, mapper);
            }
            if (response.code() == 200 && from > 0) {
                target.restart();
                before = 0;
            }
            try (InputStream in = response.body().byteStream()) {
                byte[] buffer = new byte[16 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    target.append(buffer, 0, n);
                }
            }
            return true;
        } catch (IOException e) {
            if (target.held() > before) {
                return false;
            }
            throw new ServerUnavailableException("The blob download broke off", e);
        }
    }

    private <T> T withRetries(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (ServerUnavailableException e) {
                if (backoff.exhausted(attempt)) {
                    throw e;
                }
                backoff.pause(attempt, e);
            }
        }
    }

    private Request.Builder authorized(String sha256) {
        HttpUrl url = baseUrl.newBuilder().addPathSegments(BLOBS_PATH).addPathSegment(sha256).build();
        return new Request.Builder().url(url).header("Authorization", "Bearer " + token.get());
    }

    private static long heldIn(Response response) {
        String value = response.header(HELD_HEADER);
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The platform holds another number of bytes than the chunk assumed: resume from there. */
    private static final class HeldElsewhere extends RuntimeException {
        private final long held;

        HeldElsewhere(long held) {
            super(null, null, false, false);
            this.held = held;
        }
    }
}
