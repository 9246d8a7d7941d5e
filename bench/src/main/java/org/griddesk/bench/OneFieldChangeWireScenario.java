package org.griddesk.bench;

import java.util.List;
import java.util.Map;

import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.client.HttpSyncClient;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.ChangeResult;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.SyncProtocol;

/**
 * The bytes a one-field edit of an existing resident costs on the wire: the HttpSyncClient's push request and the
 * platform's answer, counted on the TCP connection by a relay (request and status lines, headers and gzip bodies
 * as sent; not the TCP/IP framing). DESIGN.md: "a change to one field costs well under a kilobyte on the wire".
 */
final class OneFieldChangeWireScenario implements Scenario {

    private final UuidV7Generator ids = new UuidV7Generator();
    private final String device = ids.nextId();
    private final String resident = ids.nextId();
    private InProcessPlatform platform;
    private ByteCountingProxy proxy;
    private HttpSyncClient client;
    private long rev;
    private int round;

    @Override
    public String name() {
        return "one-field change on the wire, request + answer";
    }

    @Override
    public String unit() {
        return "bytes";
    }

    @Override
    public void prepare() throws Exception {
        if (platform != null) {
            return;
        }
        platform = InProcessPlatform.start();
        proxy = ByteCountingProxy.inFrontOf(platform.url());
        client = platform.signIn(device, proxy.url());
        SyntheticResidents.Person person = SyntheticResidents.generate(1, 11).get(0);
        Map<String, Object> fields = person.residentFields(ids.nextId());
        fields.put("status", "active");
        rev = push(fields).rev();
    }

    @Override
    public double measure() throws Exception {
        round++;
        proxy.awaitQuiet();
        proxy.reset();
        rev = push(Map.of("phone", "1390000" + String.format("%04d", round))).rev();
        proxy.awaitQuiet();
        System.err.println("  sent " + proxy.sent() + " bytes, received " + proxy.received() + " bytes");
        return proxy.total();
    }

    /** Sent as the desktop's OutboxPusher sends it, asking the platform not to echo an applied record. */
    private ChangeResult push(Map<String, Object> set) {
        Change change = new Change("resident", resident, rev, set, false,
                new Hlc(System.currentTimeMillis(), 0, device).toString());
        ChangeResult result = client.push(new PushRequest(device, ids.nextId(), SyncProtocol.SCHEMA_VERSION,
                List.of(change), true)).results().get(0);
        if (!result.status().equals("applied")) {
            throw new IllegalStateException("change " + result.status() + ": " + result.error());
        }
        return result;
    }

    @Override
    public void finish() {
        try {
            if (proxy != null) {
                proxy.close();
            }
        } catch (Exception ignored) {
            // the platform is stopped next either way
        }
        if (platform != null) {
            platform.close();
        }
    }
}
