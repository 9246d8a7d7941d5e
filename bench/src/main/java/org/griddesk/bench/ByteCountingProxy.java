package org.griddesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

import okhttp3.HttpUrl;

/**
 * A TCP relay on 127.0.0.1 in front of the platform that counts every byte passing each way: HTTP request and
 * status lines, headers and (compressed) bodies exactly as they travel, which is what a village link pays for.
 */
final class ByteCountingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final AtomicLong toPlatform = new AtomicLong();
    private final AtomicLong fromPlatform = new AtomicLong();

    private ByteCountingProxy(ServerSocket listener, int targetPort) {
        this.listener = listener;
        this.targetPort = targetPort;
    }

    static ByteCountingProxy inFrontOf(HttpUrl platform) throws IOException {
        ByteCountingProxy proxy = new ByteCountingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                platform.port());
        Thread acceptor = new Thread(proxy::acceptLoop, "byte-counting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    HttpUrl url() {
        return HttpUrl.get("http://127.0.0.1:" + listener.getLocalPort() + "/");
    }

    /** Bytes counted in both directions so far. */
    long total() {
        return toPlatform.get() + fromPlatform.get();
    }

    long sent() {
        return toPlatform.get();
    }

    long received() {
        return fromPlatform.get();
    }

    void reset() {
        toPlatform.set(0);
        fromPlatform.set(0);
    }

    /** Waits until no byte has moved for a moment: the client may return before the relay forwarded a trailer. */
    void awaitQuiet() throws InterruptedException {
        long before;
        do {
            before = total();
            Thread.sleep(50);
        } while (total() != before);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket device = listener.accept();
                Socket platform = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                pump(device, platform, toPlatform);
                pump(platform, device, fromPlatform);
            } catch (IOException e) {
                return; // the listener was closed
            }
        }
    }

    private static void pump(Socket from, Socket to, AtomicLong counter) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    counter.addAndGet(n);
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side hung up; closing both ends below ends the other pump too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "byte-counting-pump");
        thread.setDaemon(true);
        thread.start();
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
