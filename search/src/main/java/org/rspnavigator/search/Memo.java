package org.rspnavigator.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a function of the index alone (how often a word occurs, its spelling
 * corrections, the words a fuzzy match expands to), up to a number of keys; beyond it, answers
 * are computed every time. The index never changes once built, so a remembered answer is
 * exactly the one computing again would give. Safe for concurrent use.
 */
final class Memo<K, V> {

    private final int capacity;
    private final Function<? super K, ? extends V> compute;
    private final Map<K, V> answers = new ConcurrentHashMap<>();

    Memo(int capacity, Function<? super K, ? extends V> compute) {
        this.capacity = capacity;
        this.compute = compute;
    }

    V get(K key) {
        V known = answers.get(key);
        if (known != null) {
            return known;
        }
        V value = compute.apply(key);
        if (answers.size() < capacity) {
            answers.putIfAbsent(key, value);
        }
        return value;
    }
}
