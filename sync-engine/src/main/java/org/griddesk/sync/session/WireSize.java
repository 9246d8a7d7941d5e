package org.griddesk.sync.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.griddesk.sync.wire.Change;
import org.griddesk.sync.wire.WireMapper;

/** How many bytes a change takes in a push body, before gzip: what the platform's body limit counts. */
final class WireSize {

    private static final ObjectMapper MAPPER = WireMapper.create();

    private WireSize() {
    }

    static long of(Change change) {
        try {
            return MAPPER.writeValueAsBytes(change).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change that cannot be written as JSON", e);
        }
    }
}
