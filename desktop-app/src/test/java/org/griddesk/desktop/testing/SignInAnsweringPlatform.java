package org.griddesk.desktop.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A platform on 127.0.0.1 that answers every sign-in with one fixed JSON body and agrees to every sign-out, over real HTTP: to play a platform
 * of another version (one that sends no {@code gridNames}, say) without building it.
 */
public final class SignInAnsweringPlatform implements AutoCloseable {

    private final HttpServer server;

    private SignInAnsweringPlatform(HttpServer server) {
        this.server = server;
    }

    public static SignInAnsweringPlatform answering(String loginAnswer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = loginAnswer.getBytes(StandardCharsets.UTF_8);
        server.createContext("/api/v1/auth/login", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // signing out only needs the platform to agree; 204 is what it answers
        server.createContext("/api/v1/auth/logout", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return new SignInAnsweringPlatform(server);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
