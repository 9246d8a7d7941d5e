package org.griddesk.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The Range header of a blob download, resolved against the blob's size without a server. */
class ByteRangeTest {

    @Test
    void aRangeFromAByteToTheEndIsHowADeviceResumes() {
        assertEquals(Optional.of(new ByteRange(400, 999)), ByteRange.parse("bytes=400-", 1000));
        assertEquals(600, ByteRange.parse("bytes=400-", 1000).orElseThrow().length());
    }

    @Test
    void aClosedRangeEndsAtTheBlobsLastByte() {
        assertEquals(Optional.of(new ByteRange(0, 99)), ByteRange.parse("bytes=0-99", 1000));
        assertEquals(Optional.of(new ByteRange(900, 999)), ByteRange.parse("bytes=900-5000", 1000));
        assertEquals(Optional.of(new ByteRange(5, 5)), ByteRange.parse(" bytes=5-5 ", 1000));
    }

    @Test
    void aSuffixIsTheLastBytesOrTheWholeBlobWhenLonger() {
        assertEquals(Optional.of(new ByteRange(990, 999)), ByteRange.parse("bytes=-10", 1000));
        assertEquals(Optional.of(new ByteRange(0, 999)), ByteRange.parse("bytes=-5000", 1000));
    }

    @Test
    void aRangeOutsideTheBlobIsUnsatisfiable() {
        assertEquals(Optional.empty(), ByteRange.parse("bytes=1000-", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=50-10", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=-0", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=-10", 0));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=0-", 0));
    }

    @Test
    void anythingButOneByteRangeIsRefused() {
        for (String header : new String[] {"bytes=-", "bytes=0-1,5-9", "items=0-1", "bytes=a-b", "0-1",
                "bytes=99999999999999999999-"}) {
            assertThrows(IllegalArgumentException.class, () -> ByteRange.parse(header, 1000), header);
        }
    }
}
