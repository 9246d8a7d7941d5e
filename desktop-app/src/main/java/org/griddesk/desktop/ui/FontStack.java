package org.griddesk.desktop.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JavaFX CSS takes only the first family of a font list and silently falls back to a Latin font when it is
 * missing, which shows Chinese as empty boxes. So the stack of griddesk.css is resolved here against the
 * fonts this machine really has (DisplayScale puts it on the root together with the zoomed size).
 */
final class FontStack {

    static final List<String> CJK_FAMILIES = List.of(
            "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC");

    private FontStack() {
    }

    static Optional<String> firstInstalled(Set<String> installed) {
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst();
    }
}
