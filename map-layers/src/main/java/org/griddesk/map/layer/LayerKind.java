package org.griddesk.map.layer;

public enum LayerKind {
    FEATURES("features"),
    TILES("tiles");

    private final String code;

    LayerKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
