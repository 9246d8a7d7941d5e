package org.griddesk.platform.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** A request body read up to its limit and refused one byte past it, whichever way it is read. */
class LimitedInputStreamTest {

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[64];
        body[63] = 7;
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(body), 64)) {
            assertArrayEquals(body, in.readAllBytes());
            assertEquals(-1, in.read());
        }
    }

    @Test
    void oneByteMoreIsRefusedInBulkReads() {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[65]), 64);
        BodyTooLargeException refused = assertThrows(BodyTooLargeException.class, in::readAllBytes);
        assertTrue(refused.getMessage().contains("64 bytes"), refused.getMessage());
    }

    @Test
    void oneByteMoreIsRefusedByteByByte() throws IOException {
        InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 2);
        assertEquals(1, in.read());
        assertEquals(2, in.read());
        assertThrows(BodyTooLargeException.class, in::read);
    }

    @Test
    void theRefusalIsAnIOExceptionSoParsersPassItOn() {
        assertTrue(IOException.class.isAssignableFrom(BodyTooLargeException.class));
    }
}
