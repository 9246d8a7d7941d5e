package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Desktop updates from the platform: {@code release publish} stores a package under DATA/releases with its version
 * and SHA-256, {@code GET /api/v1/releases/latest} names the newest, {@code GET /api/v1/releases/{file}} serves it,
 * whole or from a byte on.
 */
class ReleaseApiTest {
    @TempDir
    Path folder;

    @TempDir
    Path packages;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void publishedPackagesAreOfferedNewestFirstAndServedWholeOrFromAByteOn() throws Exception {
        byte[] older = pretendPackage(5_000, 1);
        byte[] newer = pretendPackage(70_000, 2);
        assertEquals(0, release("publish", "--file", write("griddesk_0.9.1_amd64.deb", older).toString()), err.toString());
        assertEquals(0, release("publish", "--file", write("griddesk_0.10.0_amd64.deb", newer).toString()), err.toString());
        assertEquals(0, release("publish", "--file", write("griddesk-0.11.0-1.aarch64.rpm", older).toString()),
                err.toString());
        assertTrue(out.toString().contains("Published griddesk_0.10.0_amd64.deb (version 0.10.0, linux/amd64, 70000 bytes, sha256 "
                + BlobHttp.sha256(newer)), out.toString());
        assertTrue(Files.isRegularFile(folder.resolve("releases").resolve("griddesk_0.10.0_amd64.deb")));

        try (SyncTestPlatform platform = new SyncTestPlatform(folder)) {
            PlatformHttp.Reply latest = platform.http.get("/api/v1/releases/latest?os=linux&arch=amd64", null);
            assertEquals(200, latest.status(), latest.text());
            JsonNode body = latest.json();
            assertEquals("0.10.0", body.path("version").asText(), "0.10.0 is newer than 0.9.1");
            assertEquals(BlobHttp.sha256(newer), body.path("sha256").asText());
            assertEquals(newer.length, body.path("size").asLong());
            assertEquals("/api/v1/releases/griddesk_0.10.0_amd64.deb", body.path("url").asText());
            assertEquals("0.11.0", platform.http.get("/api/v1/releases/latest?os=linux&arch=arm64", null).json()
                    .path("version").asText());

            HttpClient client = HttpClient.newHttpClient();
            URI url = URI.create("http://127.0.0.1:" + platform.port() + body.path("url").asText());
            HttpResponse<byte[]> whole = client.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, whole.statusCode());
            assertArrayEquals(newer, whole.body());
            HttpResponse<byte[]> rest = client.send(HttpRequest.newBuilder(url).header("Range", "bytes=65536-").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(206, rest.statusCode());
            assertEquals("bytes 65536-69999/70000", rest.headers().firstValue("Content-Range").orElseThrow());
            assertArrayEquals(Arrays.copyOfRange(newer, 65_536, newer.length), rest.body());

            PlatformHttp.Reply windows = platform.http.get("/api/v1/releases/latest?os=windows&arch=amd64", null);
            assertEquals(404, windows.status());
            assertEquals("no_release", windows.errorCode());
            assertEquals("invalid_field", platform.http.get("/api/v1/releases/latest?os=plan9", null).errorCode());
            assertEquals(404, platform.http.get("/api/v1/releases/griddesk_0.10.0_amd64.deb.json", null).status());
            assertEquals(404, platform.http.get("/api/v1/releases/..%2Fpassword.txt", null).status());
            assertEquals(404, platform.http.get("/api/v1/releases/nothing.deb", null).status());
        }
    }

    @Test
    void theSameFileAgainChangesNothingAndOtherContentUnderAPublishedNameIsRefused() throws Exception {
        Path deb = write("griddesk_0.2.0_amd64.deb", pretendPackage(1_000, 3));
        assertEquals(0, release("publish", "--file", deb.toString()), err.toString());
        assertEquals(0, release("publish", "--file", deb.toString()), err.toString());
        assertTrue(out.toString().contains("Already published griddesk_0.2.0_amd64.deb"), out.toString());

        Files.write(deb, pretendPackage(1_000, 4));
        assertNotEquals(0, release("publish", "--file", deb.toString()));
        assertTrue(err.toString().contains("already published with other content"), err.toString());
        assertEquals(BlobHttp.sha256(pretendPackage(1_000, 3)), BlobHttp.sha256(
                Files.readAllBytes(folder.resolve("releases").resolve("griddesk_0.2.0_amd64.deb"))), "first one kept");

        assertNotEquals(0, release("publish", "--file", write("griddesk.deb", new byte[10]).toString()));
        assertTrue(err.toString().contains("--release-version"), err.toString());
        assertEquals(0, release("publish", "--file", packages.resolve("griddesk.deb").toString(),
                "--release-version", "0.3.0"), err.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, release("list"));
        assertTrue(out.toString().startsWith("griddesk.deb (version 0.3.0"), out.toString());
    }

    private int release(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "release";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = folder.toString();
        return PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(all);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(packages.resolve(name), bytes);
    }

    private static byte[] pretendPackage(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        return bytes;
    }
}
