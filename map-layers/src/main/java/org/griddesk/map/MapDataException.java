package org.griddesk.map;

/** A map file or coordinate system the library refuses, with a stable code the caller can act on. */
public class MapDataException extends RuntimeException {

    private final MapErrorCode code;

    public MapDataException(MapErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public MapDataException(MapErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public MapErrorCode code() {
        return code;
    }

    @Override
    public String getMessage() {
        return code.code() + ": " + super.getMessage();
    }
}
