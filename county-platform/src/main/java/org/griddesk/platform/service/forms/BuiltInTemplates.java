package org.griddesk.platform.service.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four application templates shipped in the platform jar as XLSForm workbooks ({@code /templates/*.xlsx}):
 * 高龄津贴申请, 城乡居民养老保险待遇资格认证, 最低生活保障申请, 困难残疾人生活补贴和重度残疾人护理补贴.
 */
public final class BuiltInTemplates {
    public static final List<String> FILES = List.of("elderly_allowance.xlsx", "pension_certification.xlsx",
            "minimum_living_allowance.xlsx", "disability_subsidy.xlsx");

    private BuiltInTemplates() {
    }

    /** Each file's name and content, in the order above. */
    public static Map<String, byte[]> read() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = BuiltInTemplates.class.getResourceAsStream("/templates/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("The platform jar lacks /templates/" + file);
                }
                files.put(file, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
