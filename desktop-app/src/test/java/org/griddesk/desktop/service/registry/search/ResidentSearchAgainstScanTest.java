package org.griddesk.desktop.service.registry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The index must find exactly what a plain scan of every resident finds, also after updates and removals
 * have forced it to rebuild itself. The scan covers the text matches (name, numbers, address); pinyin is
 * covered by the example tests.
 */
class ResidentSearchAgainstScanTest {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋";

    private final Random random = new Random(20261121);

    @Test
    void indexFindsWhatAScanFinds() {
        ResidentSearch search = new ResidentSearch();
        List<ResidentEntry> live = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            live.add(randomResident("r" + i));
        }
        search.putAll(live);
        for (int i = 0; i < 2500; i++) {
            ResidentEntry changed = randomResident(live.get(i).id());
            if (i % 2 == 0) {
                search.remove(changed.id());
            } else {
                search.put(changed);
                live.add(changed);
            }
        }
        List<ResidentEntry> current = currentEntries(live, search);

        for (int q = 0; q < 300; q++) {
            String query = randomQuery(current.get(random.nextInt(current.size())));
            Set<String> scanned = scan(current, query);
            List<SearchHit> hits = search.search(query, 10_000);
            assertEquals(scanned, hits.stream().map(SearchHit::residentId).collect(Collectors.toCollection(TreeSet::new)),
                    "query " + query);
        }
    }

    /** After the changes, the entry that counts for each id is the last one put, unless the id was removed. */
    private static List<ResidentEntry> currentEntries(List<ResidentEntry> history, ResidentSearch search) {
        Map<String, ResidentEntry> last = new LinkedHashMap<>();
        history.forEach(e -> last.put(e.id(), e));
        for (int i = 0; i < 2500; i += 2) {
            last.remove("r" + i);
        }
        assertEquals(last.size(), search.size());
        return List.copyOf(last.values());
    }

    private static Set<String> scan(List<ResidentEntry> residents, String query) {
        Set<String> found = new TreeSet<>();
        for (ResidentEntry r : residents) {
            boolean number = query.length() >= 3 && query.chars().allMatch(Character::isDigit)
                    && (r.idNumber().contains(query) || r.phone().contains(query));
            boolean address = query.length() >= 2 && r.address().contains(query);
            if (r.name().contains(query) || number || address) {
                found.add(r.id());
            }
        }
        return found;
    }

    private String randomQuery(ResidentEntry target) {
        String source = switch (random.nextInt(4)) {
            case 0 -> target.name();
            case 1 -> target.idNumber();
            case 2 -> target.phone();
            default -> target.address();
        };
        int length = 1 + random.nextInt(Math.min(6, source.length()));
        int start = random.nextInt(source.length() - length + 1);
        return source.substring(start, start + length);
    }

    private ResidentEntry randomResident(String id) {
        String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
        String idNumber = String.format("5001011990%02d%02d%03d%d", 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(1000), random.nextInt(10));
        String phone = String.format("139%08d", random.nextInt(100_000_000));
        String address = "东方村" + (1 + random.nextInt(40)) + "组" + (1 + random.nextInt(30)) + "号";
        return new ResidentEntry(id, name, idNumber, phone, address, "h");
    }
}
