package org.griddesk.desktop.service.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.griddesk.desktop.testing.SignInAnsweringPlatform;
import org.junit.jupiter.api.Test;

/** How the desktop reads the platform's sign-in answer, over real HTTP on 127.0.0.1. */
class PlatformAuthTest {

    private final PlatformAuth auth = new PlatformAuth();

    @Test
    void gridNamesAreReadByCode() throws Exception {
        try (SignInAnsweringPlatform platform = SignInAnsweringPlatform.answering("{\"token\":\"t-1\",\"role\":\"worker\","
                + "\"grids\":[\"500101001001\",\"500101001002\"],\"gridNames\":{\"500101001001\":\"幸福村一组网格\"}}")) {
            PlatformAuth.LoginAnswer answer = auth.login(platform.url(), "demo", "pw".toCharArray(), "device-1");

            assertEquals("t-1", answer.token());
            assertEquals(List.of("500101001001", "500101001002"), answer.grids());
            assertEquals(Map.of("500101001001", "幸福村一组网格"), answer.gridNames());
        }
    }

    @Test
    void aPlatformThatSendsNoNamesStillSignsIn() throws Exception {
        try (SignInAnsweringPlatform platform = SignInAnsweringPlatform.answering(
                "{\"token\":\"t-2\",\"role\":\"supervisor\",\"grids\":[\"500101001001\"]}")) {
            PlatformAuth.LoginAnswer answer = auth.login(platform.url(), "demo", "pw".toCharArray(), "device-1");

            assertEquals("supervisor", answer.role());
            assertEquals(List.of("500101001001"), answer.grids());
            assertEquals(Map.of(), answer.gridNames());
        }
    }

    @Test
    void blankOrNonTextNamesAreLeftOut() throws Exception {
        try (SignInAnsweringPlatform platform = SignInAnsweringPlatform.answering("{\"token\":\"t-3\",\"role\":\"worker\","
                + "\"grids\":[\"500101001001\",\"500101001002\",\"500101001003\"],"
                + "\"gridNames\":{\"500101001001\":\" \",\"500101001002\":null,\"500101001003\":\"三组\"}}")) {
            PlatformAuth.LoginAnswer answer = auth.login(platform.url(), "demo", "pw".toCharArray(), "device-1");

            assertEquals(Map.of("500101001003", "三组"), answer.gridNames());
        }
    }
}
