package org.griddesk.platform.app;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worst of a village link, on 127.0.0.1 in front of the platform. Each exchange gets its own connection (the
 * proxy asks the platform to close after answering), and a seeded random choice decides whether it passes or which
 * fault it meets: cut or reset mid-request (the platform got part of it), cut or reset mid-response (the platform
 * answered, the device got part of it), 502 and 503 with and without Retry-After instead of the platform, a 502 in
 * place of an answer the platform gave, and stalls that last until the device gives up waiting. Faults are counted
 * as they are dealt. {@link #close()} stops and joins every thread.
 */
final class FaultInjectingProxy implements AutoCloseable {

    enum Fault {
        CUT_MID_REQUEST(2), RESET_MID_REQUEST(2), CUT_MID_RESPONSE(2), RESET_MID_RESPONSE(2), BAD_GATEWAY(1),
        UNAVAILABLE(1), UNAVAILABLE_RETRY_AFTER(1), ANSWER_LOST_AS_BAD_GATEWAY(2), STALL(1), STALL_AFTER_PLATFORM(1);

        private final int weight;

        Fault(int weight) {
            this.weight = weight;
        }
    }

    /** Long enough for any device timeout in the tests; a stall ends when the device hangs up, this only guards. */
    private static final int GUARD_MILLIS = 60_000;
    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

    private final ServerSocket listener;
    private final int target;
    private final double faultRate;
    private final Random random;
    private final List<Fault> weighted = new ArrayList<>();
    private final Map<Fault, AtomicInteger> faults = new EnumMap<>(Fault.class);
    private final AtomicInteger exchanges = new AtomicInteger();
    private final AtomicInteger retryAfterOne = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private final Thread acceptor;
    private volatile boolean faulty = true;

    /** {@code faultRate}: the share of exchanges that meet a fault. */
    FaultInjectingProxy(int target, double faultRate, long seed) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        this.faultRate = faultRate;
        this.random = new Random(seed);
        for (Fault fault : Fault.values()) {
            faults.put(fault, new AtomicInteger());
            for (int i = 0; i < fault.weight; i++) {
                weighted.add(fault);
            }
        }
        this.acceptor = new Thread(this::accept, "fault-proxy");
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** From now on every exchange passes (the link heals). */
    void heal() {
        faulty = false;
    }

    int faultsInjected() {
        return faults.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    Map<Fault, Integer> faultsByKind() {
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        faults.forEach((fault, count) -> counts.put(fault, count.get()));
        return counts;
    }

    int exchanges() {
        return exchanges.get();
    }

    /** How many 503 answers asked for one second's wait (the others asked for none). */
    int retryAfterOneSecond() {
        return retryAfterOne.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket device = listener.accept();
                open.add(device);
                Thread thread = new Thread(() -> serve(device), "fault-proxy-exchange");
                synchronized (threads) {
                    threads.removeIf(done -> !done.isAlive());
                    threads.add(thread);
                }
                thread.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket device) {
        Socket platform = null;
        try {
            device.setSoTimeout(GUARD_MILLIS);
            InputStream fromDevice = new BufferedInputStream(device.getInputStream());
            byte[] request = readRequest(fromDevice);
            if (request == null) {
                return; // the device hung up without asking anything
            }
            exchanges.incrementAndGet();
            Fault fault = choose();
            if (fault != null) {
                faults.get(fault).incrementAndGet();
            }
            if (fault == null) {
                platform = connect();
                forward(platform, request);
                send(device, answerOf(platform));
                return;
            }
            switch (fault) {
                case CUT_MID_REQUEST, RESET_MID_REQUEST -> {
                    platform = connect();
                    platform.getOutputStream().write(request, 0, 1 + pick(request.length - 1));
                    platform.getOutputStream().flush();
                    if (fault == Fault.RESET_MID_REQUEST) {
                        reset(platform);
                        reset(device);
                    }
                }
                case CUT_MID_RESPONSE, RESET_MID_RESPONSE -> {
                    platform = connect();
                    forward(platform, request);
                    byte[] answer = answerOf(platform);
                    device.getOutputStream().write(answer, 0, pick(answer.length));
                    device.getOutputStream().flush();
                    if (fault == Fault.RESET_MID_RESPONSE) {
                        reset(device);
                    }
                }
                case BAD_GATEWAY -> send(device, badGateway());
                case UNAVAILABLE -> send(device, unavailable(null));
                case UNAVAILABLE_RETRY_AFTER -> send(device, unavailable(retryAfter()));
                case ANSWER_LOST_AS_BAD_GATEWAY -> {
                    platform = connect();
                    forward(platform, request);
                    answerOf(platform);
                    send(device, badGateway());
                }
                case STALL -> waitForHangUp(fromDevice);
                case STALL_AFTER_PLATFORM -> {
                    platform = connect();
                    forward(platform, request);
                    answerOf(platform);
                    waitForHangUp(fromDevice);
                }
            }
        } catch (IOException e) {
            // a side went away (the device timed out, the proxy closes)
        } finally {
            closeQuietly(platform);
            closeQuietly(device);
            open.remove(device);
            if (platform != null) {
                open.remove(platform);
            }
        }
    }

    private Fault choose() {
        synchronized (random) {
            if (!faulty || random.nextDouble() >= faultRate) {
                return null;
            }
            return weighted.get(random.nextInt(weighted.size()));
        }
    }

    private int pick(int bound) {
        synchronized (random) {
            return bound <= 0 ? 0 : random.nextInt(bound);
        }
    }

    /** Mostly "0" (retry at once) and rarely "1", which the device honours by waiting at least a second. */
    private String retryAfter() {
        if (pick(10) == 0) {
            retryAfterOne.incrementAndGet();
            return "1";
        }
        return "0";
    }

    private Socket connect() throws IOException {
        Socket platform = new Socket(InetAddress.getLoopbackAddress(), target);
        open.add(platform);
        platform.setSoTimeout(GUARD_MILLIS);
        return platform;
    }

    private static void forward(Socket platform, byte[] request) throws IOException {
        platform.getOutputStream().write(request);
        platform.getOutputStream().flush();
    }

    /** The platform's whole answer: it closes the connection after it, as the request asked. */
    private static byte[] answerOf(Socket platform) throws IOException {
        return platform.getInputStream().readAllBytes();
    }

    private static void send(Socket device, byte[] answer) throws IOException {
        device.getOutputStream().write(answer);
        device.getOutputStream().flush();
    }

    /** The device closes its end when its read timeout passes; the proxy just holds the answer until then. */
    private static void waitForHangUp(InputStream fromDevice) throws IOException {
        while (fromDevice.read() >= 0) {
            // a device sends nothing more after its request
        }
    }

    /**
     * The request head and its Content-Length body, with {@code Connection: close} so each connection carries one
     * exchange; null when the device closed before sending a request.
     */
    private static byte[] readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < HEAD_END.length) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = b == HEAD_END[matched] ? matched + 1 : (b == HEAD_END[0] ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        StringBuilder rewritten = new StringBuilder(lines[0]).append("\r\n");
        int length = 0;
        for (int i = 1; i < lines.length; i++) {
            String lower = lines[i].toLowerCase(Locale.ROOT);
            if (lower.startsWith("connection:")) {
                continue;
            }
            if (lower.startsWith("transfer-encoding:")) {
                throw new IOException("chunked requests are not relayed: " + lines[i]);
            }
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lines[i].substring("content-length:".length()).trim());
            }
            rewritten.append(lines[i]).append("\r\n");
        }
        rewritten.append("Connection: close\r\n\r\n");
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            return null;
        }
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return request.toByteArray();
    }

    private static byte[] badGateway() {
        return answer("502 Bad Gateway", "text/html", null, "<html><body>502 Bad Gateway</body></html>");
    }

    private static byte[] unavailable(String retryAfter) {
        return answer("503 Service Unavailable", "application/json", retryAfter,
                "{\"error\":{\"code\":\"unavailable\",\"message\":\"the link is busy\"}}");
    }

    private static byte[] answer(String status, String type, String retryAfter, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + content.length
                + "\r\n" + (retryAfter == null ? "" : "Retry-After: " + retryAfter + "\r\n") + "Connection: close\r\n\r\n";
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        answer.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        answer.writeBytes(content);
        return answer.toByteArray();
    }

    /** SO_LINGER 0: the close sends RST instead of FIN, as a link that dies rather than ends. */
    private static void reset(Socket socket) throws SocketException {
        socket.setSoLinger(true, 0);
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        acceptor.join();
        open.forEach(FaultInjectingProxy::closeQuietly);
        List<Thread> all;
        synchronized (threads) {
            all = List.copyOf(threads);
        }
        for (Thread thread : all) {
            thread.join();
        }
    }
}
