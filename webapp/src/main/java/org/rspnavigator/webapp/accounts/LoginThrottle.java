package org.rspnavigator.webapp.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing by client, in memory (OWASP ASVS 2.2.1): failed sign-ins are
 * counted per (user name, client address) pair and per client address. A pair that failed
 * {@code perClient} times must wait before it may try again, {@code firstWait} at first and
 * twice as long after every further failure, up to {@code longestWait}; an address that failed
 * {@code perAddress} times, whatever the names, waits the same way for every name. Attempts
 * made while waiting are refused without looking at the password and are not counted. A
 * successful sign-in clears its pair (not its address).
 *
 * <p>The same account from another address is not affected: a stranger cannot shut a user out.
 * User names are compared as the login compares them (trimmed, any case), and names that do not
 * exist are counted like names that do, so a refusal tells nothing about which accounts exist.
 *
 * <p>Memory stays bounded: an entry is forgotten {@code memory} after its last failure (longer
 * than the longest wait, so never while it still waits, and a client that keeps failing keeps
 * its count), and each table holds at most {@code maxEntries}, forgetting the entries whose last
 * failure is oldest. Thread-safe.
 */
final class LoginThrottle {

    /** The limits; {@code perAddress} 0 turns the per-address count off. */
    record Limits(int perClient, int perAddress, Duration firstWait, Duration longestWait, Duration memory,
            int maxEntries) {
        Limits {
            if (perClient < 1 || perAddress < 0 || maxEntries < 1 || firstWait.isNegative()
                    || longestWait.compareTo(firstWait) < 0) {
                throw new IllegalArgumentException("Invalid login throttle limits: " + this);
            }
            if (memory.compareTo(longestWait) <= 0) {
                // Forgotten just as the longest wait ends, a client would start afresh with its free attempts.
                throw new IllegalArgumentException("The throttle must remember longer than its longest wait: " + this);
            }
        }
    }

    /** The name part of a key is cut to the longest user name there can be. */
    private static final int LONGEST_NAME = 100;
    private static final int LONGEST_ADDRESS = 64;

    private final Clock clock;
    private final Limits limits;
    private final Table pairs;
    private final Table addresses;

    LoginThrottle(Clock clock, Limits limits) {
        this.clock = clock;
        this.limits = limits;
        this.pairs = new Table(limits.perClient());
        this.addresses = new Table(limits.perAddress());
    }

    /** The user name as the login matches it: trimmed, lower case, no longer than a user name can be. */
    static String normalize(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }

    private static String address(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address.strip();
        return a.length() > LONGEST_ADDRESS ? a.substring(0, LONGEST_ADDRESS) : a;
    }

    private static String pair(String typedName, String address) {
        return normalize(typedName) + "\n" + address(address);
    }

    /** How long this client must still wait before it may try this name, if it must. */
    synchronized Optional<Duration> refusal(String typedName, String address) {
        Instant now = clock.instant();
        Duration byPair = pairs.remaining(pair(typedName, address), now);
        Duration byAddress = limits.perAddress() == 0 ? Duration.ZERO : addresses.remaining(address(address), now);
        Duration wait = byPair.compareTo(byAddress) >= 0 ? byPair : byAddress;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /**
     * Counts a failed sign-in. Returns how long the client must now wait for this name (zero if
     * it may try again at once).
     */
    synchronized Duration failed(String typedName, String address) {
        Instant now = clock.instant();
        Duration byPair = pairs.fail(pair(typedName, address), now);
        Duration byAddress = limits.perAddress() == 0 ? Duration.ZERO : addresses.fail(address(address), now);
        return byPair.compareTo(byAddress) >= 0 ? byPair : byAddress;
    }

    /** A successful sign-in: this client starts afresh with this name. */
    synchronized void succeeded(String typedName, String address) {
        pairs.entries.remove(pair(typedName, address));
    }

    /** Forgets every client's failures with this name, when an administrator unlocks the account. */
    synchronized void forget(String username) {
        String prefix = normalize(username) + "\n";
        pairs.entries.keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** How many entries are held, pairs and addresses together. */
    synchronized int size() {
        Instant now = clock.instant();
        pairs.expire(now);
        addresses.expire(now);
        return pairs.entries.size() + addresses.entries.size();
    }

    /** The wait after {@code failures} failures where {@code allowed} are free. */
    Duration waitAfter(int failures, int allowed) {
        if (failures < allowed) {
            return Duration.ZERO;
        }
        Duration wait = limits.firstWait();
        for (int i = allowed; i < failures && wait.compareTo(limits.longestWait()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(limits.longestWait()) > 0 ? limits.longestWait() : wait;
    }

    private static final class Entry {
        int failures;
        Instant lastFailure;
        Instant waitUntil;
    }

    /** Entries in the order of their last failure, oldest first, so that expiry looks at the head only. */
    private final class Table {
        final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
        final int allowed;

        Table(int allowed) {
            this.allowed = allowed;
        }

        Duration remaining(String key, Instant now) {
            expire(now);
            Entry e = entries.get(key);
            if (e == null || e.waitUntil == null || !e.waitUntil.isAfter(now)) {
                return Duration.ZERO;
            }
            return Duration.between(now, e.waitUntil);
        }

        Duration fail(String key, Instant now) {
            expire(now);
            Entry e = entries.remove(key);
            if (e == null) {
                e = new Entry();
            }
            e.failures++;
            e.lastFailure = now;
            Duration wait = waitAfter(e.failures, allowed);
            e.waitUntil = wait.isZero() ? null : now.plus(wait);
            entries.put(key, e); // to the tail: the most recent failure
            while (entries.size() > limits.maxEntries()) {
                Iterator<String> oldest = entries.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            return wait;
        }

        void expire(Instant now) {
            Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
            while (it.hasNext()) {
                Entry e = it.next().getValue();
                if (e.lastFailure.plus(limits.memory()).isAfter(now)) {
                    return; // the rest failed later still
                }
                it.remove();
            }
        }
    }
}
