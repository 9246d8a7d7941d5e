package org.griddesk.desktop.service.registry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResidentSearchTest {

    private static final String ZHANG_SAN_ID = "11010519491231002X";
    private static final String ZHANG_SAN_PHONE = "13812345678";

    private final ResidentSearch search = new ResidentSearch();

    @BeforeEach
    void fill() {
        search.putAll(List.of(
                new ResidentEntry("r1", "张三", ZHANG_SAN_ID, ZHANG_SAN_PHONE, "东方广场1号", "h1"),
                new ResidentEntry("r2", "张三丰", "110101199003077933", "13900001111", "武当山", "h2"),
                new ResidentEntry("r3", "李张", "", "", "河边村", "h3"),
                new ResidentEntry("r4", "曾小明", "", "023-12345678", "曾家院子", "h4"),
                new ResidentEntry("r5", "王五", "", "", "张三村8号", "h5")));
    }

    @Test
    void findsByFullPinyinWithOrWithoutSpace() {
        assertEquals(List.of("r1", "r2"), ids(search.search("zhangsan")));
        assertEquals(List.of("r1", "r2"), ids(search.search("Zhang San")));
        assertEquals(MatchKind.PINYIN, search.search("zhangsan").get(0).matchKind());
    }

    @Test
    void findsByPinyinInitials() {
        List<SearchHit> hits = search.search("zs");
        assertEquals(List.of("r1", "r2"), ids(hits));
        assertEquals(MatchKind.PINYIN_INITIALS, hits.get(0).matchKind());
    }

    @Test
    void findsByChineseCharacterRankingPrefixBeforeSubstring() {
        assertEquals(List.of("r1", "r2", "r3"), ids(search.search("张")));
    }

    @Test
    void ranksExactNameThenPrefixThenAddress() {
        List<SearchHit> hits = search.search("张三");
        assertEquals(List.of("r1", "r2", "r5"), ids(hits));
        assertEquals(List.of(MatchKind.EXACT_NAME, MatchKind.NAME_PREFIX, MatchKind.ADDRESS),
                hits.stream().map(SearchHit::matchKind).toList());
    }

    @Test
    void findsByIdentityAndPhoneFragmentsWithMaskedNumbersOnly() {
        List<SearchHit> byId = search.search("19491231");
        assertEquals(List.of("r1"), ids(byId));
        assertEquals(MatchKind.NUMBER_FRAGMENT, byId.get(0).matchKind());
        assertEquals("1101**********002X", byId.get(0).maskedIdNumber());
        assertEquals("138****5678", byId.get(0).maskedPhone());
        assertFalse(byId.get(0).toString().contains(ZHANG_SAN_ID));
        assertFalse(byId.get(0).toString().contains(ZHANG_SAN_PHONE));

        assertEquals(List.of("r1", "r4"), ids(search.search("2345678")));
        assertEquals(List.of("r1"), ids(search.search("002x")));
    }

    @Test
    void polyphonicSurnameIsFoundByEveryReading() {
        assertEquals(List.of("r4"), ids(search.search("zengxiaoming")));
        assertEquals(List.of("r4"), ids(search.search("cengxiaoming")));
        assertEquals(List.of("r4"), ids(search.search("zxm")));
        assertEquals(List.of("r4"), ids(search.search("cxm")));
    }

    @Test
    void findsByAddressFragment() {
        assertEquals(List.of("r4"), ids(search.search("家院")));
    }

    @Test
    void removedAndUpdatedResidentsAreFoundOnlyAsTheyAreNow() {
        assertTrue(search.remove("r1"));
        assertFalse(search.remove("r1"));
        assertEquals(List.of("r2"), ids(search.search("zhangsan")));

        search.put(new ResidentEntry("r2", "赵四", "", "", "武当山", "h2"));
        assertEquals(List.of(), ids(search.search("zhangsan")));
        assertEquals(List.of("r2"), ids(search.search("zhaosi")));
        assertEquals(4, search.size());
    }

    @Test
    void limitsResultsAndStaysCorrectAfterManyRemovals() {
        ResidentSearch many = new ResidentSearch();
        List<ResidentEntry> entries = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            entries.add(new ResidentEntry("id" + i, "张" + (char) ('一' + i % 50), "", String.format("139%08d", i), "", "h"));
        }
        many.putAll(entries);
        assertEquals(ResidentSearch.DEFAULT_LIMIT, many.search("zhang").size());
        for (int i = 0; i < 2900; i++) {
            many.remove("id" + i);
        }
        assertEquals(100, many.size());
        assertEquals(List.of("id2999"), ids(many.search("00002999")));
        assertEquals(List.of(), ids(many.search("00002000")));
        assertEquals(100, many.search("张", 200).size());
    }

    @Test
    void blankQueryFindsNothing() {
        assertEquals(List.of(), search.search("  "));
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::residentId).toList();
    }
}
