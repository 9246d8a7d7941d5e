package org.griddesk.desktop.service.registry.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin spellings of a name, full ("zhangsan") and by initials ("zs"). A polyphonic character
 * contributes every reading (曾 is zeng and ceng), because nobody knows which one a worker will type;
 * the number of combinations is capped so that a name made of many polyphonic characters cannot blow
 * up the index.
 */
final class PinyinKeys {

    static final int MAX_COMBINATIONS = 16;

    private static final HanyuPinyinOutputFormat FORMAT = createFormat();

    private final List<String> full;
    private final List<String> initials;

    private PinyinKeys(List<String> full, List<String> initials) {
        this.full = full;
        this.initials = initials;
    }

    static PinyinKeys of(String name) {
        List<String> combinations = List.of("");
        List<String> initialCombinations = List.of("");
        for (int i = 0; i < name.length(); i++) {
            List<String> readings = readings(name.charAt(i));
            if (readings.isEmpty()) {
                continue;
            }
            combinations = extend(combinations, readings);
            initialCombinations = extend(initialCombinations, firstLetters(readings));
        }
        boolean hasPinyin = !combinations.get(0).isEmpty();
        return hasPinyin ? new PinyinKeys(combinations, initialCombinations) : new PinyinKeys(List.of(), List.of());
    }

    List<String> full() {
        return full;
    }

    List<String> initials() {
        return initials;
    }

    /** Readings without tone; a Latin letter or digit in a name stands for itself. */
    private static List<String> readings(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c) ? List.of(String.valueOf(c).toLowerCase(Locale.ROOT)) : List.of();
        }
        String[] pinyin;
        try {
            pinyin = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin output format is fixed and valid", e);
        }
        if (pinyin == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>(List.of(pinyin));
        return List.copyOf(distinct);
    }

    private static List<String> firstLetters(List<String> readings) {
        Set<String> letters = new LinkedHashSet<>();
        readings.forEach(reading -> letters.add(reading.substring(0, 1)));
        return List.copyOf(letters);
    }

    private static List<String> extend(List<String> prefixes, List<String> readings) {
        List<String> extended = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String reading : readings) {
                if (extended.size() < MAX_COMBINATIONS) {
                    extended.add(prefix + reading);
                }
            }
        }
        return extended;
    }

    private static HanyuPinyinOutputFormat createFormat() {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        return format;
    }
}
