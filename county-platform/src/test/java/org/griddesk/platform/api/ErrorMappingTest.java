package org.griddesk.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The platform's error vocabulary, without a server: codes for the web server's own refusals, and the wire shape. */
class ErrorMappingTest {

    @Test
    void theWebServersOwnRefusalsGetThePlatformsCodes() {
        assertEquals("invalid_request", ErrorMapping.codeFor(400));
        assertEquals("unauthorized", ErrorMapping.codeFor(401));
        assertEquals("not_found", ErrorMapping.codeFor(404));
        assertEquals("method_not_allowed", ErrorMapping.codeFor(405));
        for (int status : new int[] {413, 414, 431}) {
            assertEquals("too_large", ErrorMapping.codeFor(status), Integer.toString(status));
        }
        assertEquals("http_418", ErrorMapping.codeFor(418), "an unforeseen status still gets a code");
    }

    @Test
    void anErrorIsWrittenAsErrorWithCodeAndMessage() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(
                ApiError.of("out_of_scope", "grid 500101001001 is not yours")));
        assertEquals(1, json.size());
        assertEquals("out_of_scope", json.path("error").path("code").asText());
        assertEquals("grid 500101001001 is not yours", json.path("error").path("message").asText());
        assertEquals(2, json.path("error").size());
    }

    @Test
    void theTooOldMessageSpeaksToTheWorkerInBothLanguages() {
        assertTrue(ErrorMapping.SCHEMA_TOO_OLD.contains("请先更新 GridDesk"), ErrorMapping.SCHEMA_TOO_OLD);
        assertTrue(ErrorMapping.SCHEMA_TOO_OLD.contains("please update it"), ErrorMapping.SCHEMA_TOO_OLD);
    }
}
