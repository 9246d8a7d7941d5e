package org.griddesk.desktop.service.registry.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Finds residents as the worker types: by Chinese name (substring), full pinyin ("zhangsan",
 * "zhang san"), pinyin initials ("zs"), a fragment of the identity or phone number, or of the address.
 * Results are ranked exact name, name prefix, name substring, initials, pinyin, number, address.
 *
 * <p>Every key is computed once when a resident is added; a query looks up only the residents that can
 * match (n-gram postings, pinyin prefix ranges) and never scans the whole population. Updates replace
 * a resident's slot; the index is rebuilt once as many slots are dead as alive, so removals stay cheap.
 * Safe for one writer and many readers at once.
 */
public final class ResidentSearch {

    public static final int DEFAULT_LIMIT = 50;
    /** Shorter number fragments match a large part of the county and say nothing. */
    static final int MIN_NUMBER_FRAGMENT = 3;
    private static final int MIN_DEAD_BEFORE_COMPACTION = 1024;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<IndexedResident> slots = new ArrayList<>();
    private final Map<String, Integer> slotById = new HashMap<>();
    private final GramIndex nameCharacters = new GramIndex(1);
    private final GramIndex addressBigrams = new GramIndex(2);
    private final GramIndex numberTrigrams = new GramIndex(MIN_NUMBER_FRAGMENT);
    private final PrefixIndex pinyinFull = new PrefixIndex();
    private final PrefixIndex pinyinInitials = new PrefixIndex();
    private int deadSlots;

    /** Adds a resident, or replaces the one with the same id. */
    public void put(ResidentEntry resident) {
        lock.writeLock().lock();
        try {
            removeSlot(resident.id());
            index(new IndexedResident(resident));
            compactIfWorthIt();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void putAll(Collection<ResidentEntry> residents) {
        lock.writeLock().lock();
        try {
            residents.forEach(resident -> {
                removeSlot(resident.id());
                index(new IndexedResident(resident));
            });
            compactIfWorthIt();
            trim();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** True if the resident was indexed. */
    public boolean remove(String residentId) {
        lock.writeLock().lock();
        try {
            boolean removed = removeSlot(residentId);
            compactIfWorthIt();
            return removed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return slotById.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public List<SearchHit> search(String query) {
        return search(query, DEFAULT_LIMIT);
    }

    public List<SearchHit> search(String query, int limit) {
        String q = QueryText.normalize(query);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            BestMatches matches = new BestMatches(slots.size());
            // Sources are consulted best kind first: once enough better matches exist, worse sources
            // could not enter the result and are skipped (a common surname need not scan addresses).
            matchNames(q, matches);
            if (matches.count() < limit) {
                matchPinyin(q, matches);
            }
            if (matches.count() < limit) {
                matchNumbers(q, matches);
            }
            if (matches.count() < limit) {
                matchAddresses(q, matches);
            }
            return topHits(matches, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void matchNames(String q, BestMatches matches) {
        IntList candidates = nameCharacters.candidates(q);
        for (int i = 0; i < candidates.size(); i++) {
            int slot = candidates.get(i);
            IndexedResident resident = slots.get(slot);
            if (resident == null) {
                continue;
            }
            String name = resident.nameKey;
            if (name.equals(q)) {
                matches.offer(slot, MatchKind.EXACT_NAME);
            } else if (name.startsWith(q)) {
                matches.offer(slot, MatchKind.NAME_PREFIX);
            } else if (name.contains(q)) {
                matches.offer(slot, MatchKind.NAME_CONTAINS);
            }
        }
    }

    private void matchPinyin(String q, BestMatches matches) {
        if (!QueryText.isPinyin(q)) {
            return;
        }
        offerAll(pinyinInitials.startingWith(q), MatchKind.PINYIN_INITIALS, matches);
        offerAll(pinyinFull.startingWith(q), MatchKind.PINYIN, matches);
    }

    private void offerAll(Collection<IntList> postings, MatchKind kind, BestMatches matches) {
        for (IntList list : postings) {
            for (int i = 0; i < list.size(); i++) {
                int slot = list.get(i);
                if (slots.get(slot) != null) {
                    matches.offer(slot, kind);
                }
            }
        }
    }

    private void matchNumbers(String q, BestMatches matches) {
        if (!QueryText.isNumberFragment(q)) {
            return;
        }
        String fragment = q.replace("-", "");
        if (!numberTrigrams.accepts(fragment)) {
            return;
        }
        IntList candidates = numberTrigrams.candidates(fragment);
        for (int i = 0; i < candidates.size(); i++) {
            int slot = candidates.get(i);
            IndexedResident resident = slots.get(slot);
            if (resident != null && (resident.idNumberKey.contains(fragment) || resident.phoneKey.contains(fragment))) {
                matches.offer(slot, MatchKind.NUMBER_FRAGMENT);
            }
        }
    }

    private void matchAddresses(String q, BestMatches matches) {
        if (!addressBigrams.accepts(q)) {
            return;
        }
        IntList candidates = addressBigrams.candidates(q);
        for (int i = 0; i < candidates.size(); i++) {
            int slot = candidates.get(i);
            IndexedResident resident = slots.get(slot);
            if (resident != null && resident.addressKey.contains(q)) {
                matches.offer(slot, MatchKind.ADDRESS);
            }
        }
    }

    /** The best {@code limit} matches by rank, then shorter name, then name and id for a stable order. */
    private List<SearchHit> topHits(BestMatches matches, int limit) {
        Comparator<Integer> ranking = Comparator
                .<Integer>comparingInt(slot -> matches.kindOf(slot).ordinal())
                .thenComparingInt(slot -> slots.get(slot).nameKey.length())
                .thenComparing(slot -> slots.get(slot).entry.name())
                .thenComparing(slot -> slots.get(slot).entry.id());
        PriorityQueue<Integer> worstFirst = new PriorityQueue<>(limit + 1, ranking.reversed());
        IntList matched = matches.slots();
        for (int i = 0; i < matched.size(); i++) {
            int slot = matched.get(i);
            // Most candidates of a broad query lose against the current worst: one comparison rejects them.
            if (worstFirst.size() == limit && ranking.compare(slot, worstFirst.peek()) >= 0) {
                continue;
            }
            worstFirst.offer(slot);
            if (worstFirst.size() > limit) {
                worstFirst.poll();
            }
        }
        List<Integer> best = new ArrayList<>(worstFirst);
        best.sort(ranking);
        return best.stream().map(slot -> slots.get(slot).toHit(matches.kindOf(slot))).toList();
    }

    private void index(IndexedResident resident) {
        int slot = slots.size();
        slots.add(resident);
        slotById.put(resident.entry.id(), slot);
        nameCharacters.add(slot, resident.nameKey);
        addressBigrams.add(slot, resident.addressKey);
        numberTrigrams.add(slot, resident.idNumberKey);
        numberTrigrams.add(slot, resident.phoneKey);
        // Pinyin keys live only in the prefix indexes, where equal spellings share one key.
        PinyinKeys pinyin = PinyinKeys.of(resident.entry.name());
        pinyinFull.add(slot, pinyin.full());
        pinyinInitials.add(slot, pinyin.initials());
    }

    private void trim() {
        nameCharacters.trim();
        addressBigrams.trim();
        numberTrigrams.trim();
        pinyinFull.trim();
        pinyinInitials.trim();
    }

    private boolean removeSlot(String residentId) {
        Integer slot = slotById.remove(residentId);
        if (slot == null) {
            return false;
        }
        slots.set(slot, null);
        deadSlots++;
        return true;
    }

    private void compactIfWorthIt() {
        if (deadSlots < MIN_DEAD_BEFORE_COMPACTION || deadSlots < slotById.size()) {
            return;
        }
        List<IndexedResident> live = slots.stream().filter(r -> r != null).toList();
        slots.clear();
        slotById.clear();
        nameCharacters.clear();
        addressBigrams.clear();
        numberTrigrams.clear();
        pinyinFull.clear();
        pinyinInitials.clear();
        deadSlots = 0;
        live.forEach(this::index);
    }
}
