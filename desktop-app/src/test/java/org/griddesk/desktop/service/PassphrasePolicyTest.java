package org.griddesk.desktop.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassphrasePolicyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'', WEAK",
        "Ab1-xyz, WEAK",
        "网格员网格员网, WEAK",
        "abcdefgh, WEAK",
        "abcdefghijk, WEAK",
        "abcdefg1, FAIR",
        "abcdefghijkl, FAIR",
        "abcdefghijk1, FAIR",
        "Abcdefghij1-, STRONG",
        "griddesk-demo-2024, STRONG",
        "张三家的小狗叫旺财今年八岁了吗对吧好的呢, STRONG",
        "correcthorsebatterystaple, STRONG"
    })
    void ratesByLengthAndCharacterKinds(String passphrase, PassphraseStrength expected) {
        assertEquals(expected, PassphrasePolicy.assess(passphrase.toCharArray()));
    }
}
