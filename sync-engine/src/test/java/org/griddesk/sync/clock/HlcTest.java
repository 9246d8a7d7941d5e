package org.griddesk.sync.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class HlcTest {

    @Test
    void textFormIsFixedWidthMillisCounterAndDevice() {
        Hlc hlc = new Hlc(1_700_000_000_123L, 7, "laptop-1");
        assertEquals("1700000000123:0007:laptop-1", hlc.toString());
        assertEquals(hlc, Hlc.parse("1700000000123:0007:laptop-1"));
    }

    @Test
    void deviceIdMayContainColons() {
        assertEquals("a:b", Hlc.parse("0000000000001:0000:a:b").deviceId());
    }

    @Test
    void malformedTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Hlc.parse("170000000012:0007:x"));
        assertThrows(IllegalArgumentException.class, () -> Hlc.parse("1700000000123:7:x"));
        assertThrows(IllegalArgumentException.class, () -> Hlc.parse("1700000000123:000x:x"));
        assertThrows(IllegalArgumentException.class, () -> Hlc.parse("1700000000123:0007:"));
    }

    @Property(tries = 300)
    void textOrderIsTimeOrder(@ForAll @LongRange(max = Hlc.MAX_MILLIS) long millisA,
                              @ForAll @IntRange(max = Hlc.MAX_COUNTER) int counterA,
                              @ForAll @AlphaChars @StringLength(min = 1, max = 6) String deviceA,
                              @ForAll @LongRange(max = Hlc.MAX_MILLIS) long millisB,
                              @ForAll @IntRange(max = Hlc.MAX_COUNTER) int counterB,
                              @ForAll @AlphaChars @StringLength(min = 1, max = 6) String deviceB) {
        Hlc a = new Hlc(millisA, counterA, deviceA);
        Hlc b = new Hlc(millisB, counterB, deviceB);
        assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(a.toString().compareTo(b.toString())));
        assertEquals(a, Hlc.parse(a.toString()));
    }

    @Test
    void sortingTextsSortsTimes() {
        List<Hlc> times = List.of(new Hlc(20, 0, "b"), new Hlc(3, 9, "a"), new Hlc(20, 1, "a"), new Hlc(3, 10, "a"));
        List<String> texts = new ArrayList<>(times.stream().map(Hlc::toString).toList());
        texts.sort(null);
        assertTrue(texts.equals(times.stream().sorted().map(Hlc::toString).toList()));
    }
}
