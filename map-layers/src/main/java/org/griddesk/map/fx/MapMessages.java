package org.griddesk.map.fx;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The control's user-visible text, from the MapView bundle (Chinese by default, English second). */
public final class MapMessages {

    private final ResourceBundle bundle;
    private final Locale locale;

    public MapMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.griddesk.map.fx.MapView", locale);
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
