package org.griddesk.platform.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 in front of the platform that breaks the first {@code cuts} connections after
 * {@code cutAfter} bytes of request, as a village link that drops mid-upload; later connections pass through.
 * {@link #close()} stops and joins every thread.
 */
final class CuttingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int target;
    private final long cutAfter;
    private final AtomicInteger cutsLeft;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();
    private final Thread acceptor;
    final AtomicInteger cutsMade = new AtomicInteger();

    CuttingProxy(int target, long cutAfter, int cuts) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        this.cutAfter = cutAfter;
        this.cutsLeft = new AtomicInteger(cuts);
        this.acceptor = new Thread(this::accept, "cutting-proxy");
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                boolean cut = cutsLeft.getAndDecrement() > 0;
                synchronized (sockets) {
                    sockets.add(client);
                    sockets.add(server);
                    threads.add(pump(client, server, cut ? cutAfter : Long.MAX_VALUE));
                    threads.add(pump(server, client, Long.MAX_VALUE));
                }
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private Thread pump(Socket from, Socket to, long limit) {
        Thread thread = new Thread(() -> {
            long passed = 0;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    int allowed = (int) Math.min(n, limit - passed);
                    out.write(buffer, 0, allowed);
                    out.flush();
                    passed += allowed;
                    if (passed >= limit) {
                        cutsMade.incrementAndGet();
                        break;
                    }
                }
            } catch (IOException e) {
                // the other side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cutting-proxy-pump");
        thread.start();
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws Exception {
        listener.close();
        acceptor.join();
        List<Thread> all;
        synchronized (sockets) {
            sockets.forEach(CuttingProxy::closeQuietly);
            all = List.copyOf(threads);
        }
        for (Thread thread : all) {
            thread.join();
        }
    }
}
