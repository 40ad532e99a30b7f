package org.rspnavigator.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The results of the most recent distinct requests, the least recently asked for dropped first.
 * The index never changes once built, so a kept result is exactly what searching again would
 * give; what people search for repeats a great deal (the same identifiers, the same words, the
 * next page and back), and a kept result costs microseconds where a search costs a millisecond
 * or more. Safe for concurrent use; two threads asking for the same new request at once may both
 * compute it, and either answer is kept.
 */
final class RecentResults<K, V> {

    private final int capacity;
    private final Map<K, V> entries;

    /** @param capacity how many results to keep; 0 keeps none */
    RecentResults(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, not " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > RecentResults.this.capacity;
            }
        };
    }

    /** The kept result of {@code key}, or else {@code compute}'s, which is then kept. */
    V get(K key, Function<? super K, ? extends V> compute) {
        if (capacity == 0) {
            return compute.apply(key);
        }
        synchronized (entries) {
            V kept = entries.get(key);
            if (kept != null) {
                return kept;
            }
        }
        V value = compute.apply(key);
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }

    /** How many results are kept now. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
