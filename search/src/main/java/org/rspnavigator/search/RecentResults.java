package org.rspnavigator.search;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The results of the most recent distinct requests, up to a total weight, the least recently
 * asked for dropped first.
 * The index never changes once built, so a kept result is exactly what searching again would
 * give; what people search for repeats a great deal (the same identifiers, the same words, the
 * next page and back), and a kept result costs microseconds where a search costs a millisecond
 * or more. Safe for concurrent use; two threads asking for the same new request at once may both
 * compute it, and either answer is kept.
 */
final class RecentResults<K, V> {

    private final long capacity;
    private final ToIntFunction<? super V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    /**
     * @param capacity the total weight of the results kept; 0 keeps none
     * @param weigher  the weight of a result, at least 1 (what it holds, so that a few large
     *                 results cannot take the memory of many small ones)
     */
    RecentResults(long capacity, ToIntFunction<? super V> weigher) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, not " + capacity);
        }
        this.capacity = capacity;
        this.weigher = weigher;
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
        int w = weigh(value);
        if (w > capacity) {
            return value;
        }
        synchronized (entries) {
            V replaced = entries.put(key, value);
            weight += w - (replaced == null ? 0 : weigh(replaced));
            Iterator<V> eldest = entries.values().iterator();
            while (weight > capacity) {
                weight -= weigh(eldest.next());
                eldest.remove();
            }
        }
        return value;
    }

    /** The weight the weigher gives {@code value}, counted as at least 1. */
    private int weigh(V value) {
        return Math.max(1, weigher.applyAsInt(value));
    }

    /** The total weight of the results kept now. */
    long weight() {
        synchronized (entries) {
            return weight;
        }
    }

    /** How many results are kept now. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
