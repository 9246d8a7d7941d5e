package org.griddesk.sync.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.griddesk.sync.wire.ChangesPage;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.PushResponse;
import org.griddesk.sync.wire.SyncProtocol;
import org.griddesk.sync.wire.WireMapper;

/**
 * Push and pull over HTTP. Network failures, 5xx and 429 are retried with back-off (a push retry is
 * safe: the platform replays a batch it has already judged); 4xx answers become typed exceptions.
 * Responses are gzip-decoded by OkHttp, which asks for gzip itself.
 */
public final class HttpSyncClient implements Transport {

    private final HttpUrl baseUrl;
    private final Supplier<String> token;
    private final OkHttpClient http;
    private final Backoff backoff;
    private final int pushesInFlight;
    private final ObjectMapper mapper = WireMapper.create();

    public HttpSyncClient(HttpUrl baseUrl, Supplier<String> token, ClientSettings settings) {
        this(baseUrl, token, settings, Sleeper.REAL, new Random());
    }

    public HttpSyncClient(HttpUrl baseUrl, Supplier<String> token, ClientSettings settings, Sleeper sleeper,
                          RandomGenerator random) {
        this.baseUrl = Objects.requireNonNull(baseUrl);
        this.token = Objects.requireNonNull(token);
        this.backoff = new Backoff(settings.retry(), sleeper, random);
        this.pushesInFlight = settings.pushesInFlight();
        this.http = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false) // retries are ours, bounded and with back-off
                .build();
    }

    @Override
    public PushResponse push(PushRequest request) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Request call = authorized(url(SyncProtocol.PUSH_PATH).build())
                .header("Content-Encoding", "gzip")
                .post(GzipJson.body(json))
                .build();
        return send(call, PushResponse.class);
    }

    @Override
    public int pushesInFlight() {
        return pushesInFlight;
    }

    @Override
    public ChangesPage pull(long after, int limit) {
        HttpUrl url = url(SyncProtocol.CHANGES_PATH)
                .addQueryParameter("after", Long.toString(after))
                .addQueryParameter("limit", Integer.toString(limit))
                .build();
        return send(authorized(url).get().build(), ChangesPage.class);
    }

    private HttpUrl.Builder url(String path) {
        return baseUrl.newBuilder().addPathSegments(path.substring(1));
    }

    private Request.Builder authorized(HttpUrl url) {
        return new Request.Builder().url(url)
                .header("Authorization", "Bearer " + token.get())
                .header("Accept", "application/json");
    }

    private <T> T send(Request request, Class<T> answerType) {
        for (int attempt = 1; ; attempt++) {
            SyncException failure;
            try (Response response = http.newCall(request).execute()) {
                if (response.isSuccessful()) {
                    return mapper.readValue(response.body().byteStream(), answerType);
                }
                failure = HttpFailures.of(response, mapper);
            } catch (InterruptedIOException e) {
                failure = new ServerUnavailableException("The platform did not answer in time", e);
            } catch (IOException e) {
                failure = new ServerUnavailableException("The platform could not be reached", e);
            }
            if (!(failure instanceof ServerUnavailableException) || backoff.exhausted(attempt)) {
                throw failure;
            }
            backoff.pause(attempt, failure);
        }
    }

}
