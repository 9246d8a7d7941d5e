package org.griddesk.model.code;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One entry of a code table: the standard's code, its Chinese and English names, and import aliases. */
public record CodeEntry(String code, String nameZh, String nameEn, List<String> aliases) {

    public CodeEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        aliases = List.copyOf(aliases);
    }

    /** English for English locales, Chinese for everything else: Chinese is the app's default language. */
    public String displayName(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
