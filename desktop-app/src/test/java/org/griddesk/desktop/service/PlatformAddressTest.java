package org.griddesk.desktop.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "  https://platform.county.gov.cn/  ", "HTTP://10.0.0.2"})
    void anHttpAddressWithAHostIsOneWithoutItsBlanks(String typed) {
        assertEquals(Optional.of(typed.trim()), PlatformAddress.parse(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "127.0.0.1:8080", "ftp://platform.example", "http://", "http:/platform",
            "https://plat form.example", "platform.county.gov.cn"})
    void anythingElseIsNot(String typed) {
        assertTrue(PlatformAddress.parse(typed).isEmpty(), typed);
    }

    @org.junit.jupiter.api.Test
    void twoSpellingsOfOnePlatformAreTheSameAndALoopbackOneIsKnown() {
        assertTrue(PlatformAddress.same("http://127.0.0.1:80/", "HTTP://127.0.0.1"));
        assertTrue(!PlatformAddress.same("http://127.0.0.1:8080", "http://127.0.0.1:8081"));
        assertTrue(PlatformAddress.isLoopback("http://localhost:9000"));
        assertTrue(!PlatformAddress.isLoopback("https://platform.county.gov.cn"));
    }
}
