package org.griddesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import okhttp3.HttpUrl;

/**
 * A village 2G link on 127.0.0.1: a TCP relay in front of the platform that holds each direction to a bandwidth and
 * delays every byte by half the round-trip latency, so a request and its answer cost at least one latency. The
 * bandwidth of a direction is shared by all the device's connections, as on one radio link: two requests at once each
 * go at about half the speed. It counts the bytes each way and the HTTP requests (round trips) the device makes.
 */
final class ShapedLink implements AutoCloseable {

    private static final byte[] REQUEST_LINE_END = " HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SEGMENT = 1400; // about one TCP segment: pacing stays smooth

    private final ServerSocket listener;
    private final int targetPort;
    private final double bytesPerMilli;
    private final long oneWayMillis;
    private final AtomicLong toPlatform = new AtomicLong();
    private final AtomicLong fromPlatform = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final Line up = new Line();
    private final Line down = new Line();

    private ShapedLink(ServerSocket listener, int targetPort, long bitsPerSecond, long roundTripMillis) {
        this.listener = listener;
        this.targetPort = targetPort;
        this.bytesPerMilli = bitsPerSecond / 8.0 / 1000.0;
        this.oneWayMillis = roundTripMillis / 2;
    }

    static ShapedLink inFrontOf(HttpUrl platform, long bitsPerSecond, long roundTripMillis) throws IOException {
        ShapedLink link = new ShapedLink(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), platform.port(),
                bitsPerSecond, roundTripMillis);
        Thread acceptor = new Thread(link::acceptLoop, "shaped-link");
        acceptor.setDaemon(true);
        acceptor.start();
        return link;
    }

    HttpUrl url() {
        return HttpUrl.get("http://127.0.0.1:" + listener.getLocalPort() + "/");
    }

    long bytes() {
        return toPlatform.get() + fromPlatform.get();
    }

    long sent() {
        return toPlatform.get();
    }

    long received() {
        return fromPlatform.get();
    }

    long requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket device = listener.accept();
                Socket platform = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                relay(device, platform, toPlatform, up, true);
                relay(platform, device, fromPlatform, down, false);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private record Segment(long releaseAt, byte[] bytes) {
    }

    private static final Segment END = new Segment(0, new byte[0]);

    /** One direction: a reader stamps each segment with when it may leave, a writer releases it then. */
    private void relay(Socket from, Socket to, AtomicLong counter, Line line, boolean countRequests) {
        BlockingQueue<Segment> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[SEGMENT];
            byte[] tail = new byte[0];
            try (InputStream in = from.getInputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    byte[] bytes = Arrays.copyOf(buffer, n);
                    counter.addAndGet(n);
                    if (countRequests) {
                        tail = countRequestLines(tail, bytes);
                    }
                    queue.add(new Segment(line.sentBy(n) + oneWayMillis, bytes));
                }
            } catch (IOException e) {
                // that side hung up
            } finally {
                queue.add(END);
            }
        }, "shaped-link-reader");
        Thread writer = new Thread(() -> {
            try (OutputStream out = to.getOutputStream()) {
                for (Segment segment = queue.take(); segment != END; segment = queue.take()) {
                    long wait = segment.releaseAt() - (long) (System.nanoTime() / 1e6);
                    if (wait > 0) {
                        Thread.sleep(wait);
                    }
                    out.write(segment.bytes());
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // that side hung up
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "shaped-link-writer");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    /** One direction of the link: when it is free again, whichever connection used it last. */
    private final class Line {
        private double freeAt;

        /** @return the millisecond at which {@code bytes} arriving now have gone through */
        synchronized long sentBy(int bytes) {
            freeAt = Math.max(freeAt, System.nanoTime() / 1e6) + bytes / bytesPerMilli;
            return (long) Math.ceil(freeAt);
        }
    }

    /** Counts request lines ("… HTTP/1.1\r\n") across segment boundaries; returns the bytes to carry over. */
    private byte[] countRequestLines(byte[] tail, byte[] bytes) {
        byte[] joined = Arrays.copyOf(tail, tail.length + bytes.length);
        System.arraycopy(bytes, 0, joined, tail.length, bytes.length);
        for (int i = 0; i + REQUEST_LINE_END.length <= joined.length; i++) {
            if (Arrays.equals(joined, i, i + REQUEST_LINE_END.length, REQUEST_LINE_END, 0, REQUEST_LINE_END.length)) {
                requests.incrementAndGet();
            }
        }
        int keep = Math.min(joined.length, REQUEST_LINE_END.length - 1);
        return Arrays.copyOfRange(joined, joined.length - keep, joined.length);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
