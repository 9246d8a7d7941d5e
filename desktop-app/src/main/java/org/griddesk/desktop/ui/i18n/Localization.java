package org.griddesk.desktop.ui.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Every user-visible text of the desktop app. Views bind labels to {@link #bind} so that switching the
 * language re-renders every visible label at once, without rebuilding the scene.
 */
public final class Localization {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private static final String BUNDLE = "org.griddesk.desktop.ui.messages";
    // Without this control an English lookup on a Chinese machine would fall back to the zh_CN bundle.
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");

    public Localization(Locale initial) {
        locale.set(supported(initial));
    }

    /** Chinese unless the wish is English: zh-CN is the default language of GridDesk. */
    public static Locale supported(Locale wish) {
        return wish != null && ENGLISH.getLanguage().equals(wish.getLanguage()) ? ENGLISH : CHINESE;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale wish) {
        locale.set(supported(wish));
    }

    public String lang(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale.get(), NO_DEFAULT_LOCALE_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            // A missing key must be visible in the UI and in tests rather than crash the screen.
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale.get()).format(args == null ? new Object[0] : args);
    }

    /** True if the current language has a text for {@code key}: lets a caller fall back to a generic sentence. */
    public boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale.get(), NO_DEFAULT_LOCALE_FALLBACK).containsKey(key);
    }

    public String lang(Message message) {
        return message == null ? "" : lang(message.key(), message.args());
    }

    /** A label text that follows the current language. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> lang(key, args), locale);
    }

    /** A text that follows both the language and a message the view-model changes (empty when null). */
    public StringBinding bind(ObservableValue<Message> message) {
        return Bindings.createStringBinding(() -> lang(message.getValue()), locale, message);
    }
}
