package org.griddesk.desktop.service.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written 高龄津贴申请 XForm of the test resources. */
public final class FormFixtures {

    public static final String GAOLING_ID = "gaoling_jintie";
    public static final String GAOLING_VERSION = "2026.1";

    private FormFixtures() {
    }

    public static String gaolingXForm() {
        try (InputStream in = FormFixtures.class.getResourceAsStream("/forms/gaoling_jintie.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
