package org.rspnavigator.webapp.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Which entries of the audit trail to show, and in what order, as the database is asked for them:
 * the trail grows by every save and sign-in, so it is filtered, sorted and paged there rather than
 * read whole.
 *
 * <p>The filter's words must each appear, in any case, in the user name ("(system)" for entries
 * without one), the action as the trail writes it ("login failed"), the subject's kind or id, or
 * the detail. The order is a list of {@link Key keys}, each ascending or descending; newest first
 * breaks ties and is the order when none is given. User names sort in any case, and the entries
 * without one come last.
 *
 * @param filter what was typed; blank for every entry
 * @param order  the sort keys, the first deciding first
 */
public record AuditQuery(String filter, List<Order> order) {

    /** The longest filter accepted, as the filter fields of the views. */
    public static final int MAX_FILTER = 200;
    static final String SYSTEM = "(system)";

    /** The columns the trail is sorted by, with the names the view's address and the API give them. */
    public enum Key {
        TIME("time", "at"), USER("user", "username"), ACTION("action", "action");

        private final String name;
        private final String property;

        Key(String name, String property) {
            this.name = name;
            this.property = property;
        }

        /** {@code time}, {@code user} or {@code action}. */
        public String keyName() {
            return name;
        }

        static Key of(String name) {
            return Arrays.stream(values()).filter(k -> k.name.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The audit trail is sorted by time, user or action, "
                            + "not '" + name + "'."));
        }
    }

    /** One sort key and its direction. */
    public record Order(Key key, boolean descending) {
    }

    /** Newest first: the trail as it is read unless asked otherwise. */
    public static final List<Order> NEWEST_FIRST = List.of(new Order(Key.TIME, true));

    public AuditQuery {
        filter = filter == null ? "" : filter.strip();
        if (filter.length() > MAX_FILTER) {
            throw new IllegalArgumentException("The filter has " + filter.length() + " characters; at most "
                    + MAX_FILTER + " are allowed.");
        }
        order = order == null || order.isEmpty() ? NEWEST_FIRST : List.copyOf(order);
    }

    /**
     * The order written as {@code -time,user} (keys in order, a minus for descending); blank is
     * newest first.
     *
     * @throws IllegalArgumentException for an unknown or repeated key
     */
    public static List<Order> parseOrder(String text) {
        List<Order> order = new ArrayList<>();
        Set<Key> seen = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return NEWEST_FIRST;
        }
        for (String part : text.split(",")) {
            String token = part.strip();
            boolean descending = token.startsWith("-");
            Key key = Key.of(descending ? token.substring(1) : token);
            if (!seen.add(key)) {
                throw new IllegalArgumentException("The audit trail is sorted by '" + key.keyName() + "' once only.");
            }
            order.add(new Order(key, descending));
        }
        return order;
    }

    /** The database's sort: the keys in order, then newest first, then the latest written first. */
    Sort sort() {
        List<Sort.Order> orders = new ArrayList<>();
        for (Order o : order) {
            Sort.Order sortOrder = new Sort.Order(o.descending() ? Sort.Direction.DESC : Sort.Direction.ASC,
                    o.key().property);
            // Entries without a user (the system's) come last either way: H2 and PostgreSQL disagree otherwise.
            orders.add(o.key() == Key.USER ? sortOrder.ignoreCase().nullsLast() : sortOrder);
        }
        if (order.stream().noneMatch(o -> o.key() == Key.TIME)) {
            orders.add(Sort.Order.desc("at"));
        }
        boolean timeDescending = order.stream().filter(o -> o.key() == Key.TIME).findFirst().map(Order::descending)
                .orElse(true);
        orders.add(timeDescending ? Sort.Order.desc("id") : Sort.Order.asc("id"));
        return Sort.by(orders);
    }

    /** The filter as a condition on the entries; none for a blank filter. */
    Specification<AuditEvent> matching() {
        List<String> words = filter.isEmpty() ? List.of()
                : Arrays.asList(filter.toLowerCase(Locale.ROOT).split("\\s+"));
        return (root, query, cb) -> cb.and(words.stream().map(w -> anyField(root, cb, w)).toArray(Predicate[]::new));
    }

    private static Predicate anyField(Root<AuditEvent> e, CriteriaBuilder cb, String word) {
        String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Predicate> any = new ArrayList<>();
        for (String field : List.of("username", "subjectType", "subjectId", "detail")) {
            Expression<String> value = cb.lower(e.<String>get(field));
            any.add(cb.like(value, pattern, '\\'));
        }
        List<AuditAction> actions = Arrays.stream(AuditAction.values()).filter(a -> a.label().contains(word)).toList();
        if (!actions.isEmpty()) {
            any.add(e.get("action").in(actions));
        }
        if (SYSTEM.contains(word)) {
            any.add(cb.isNull(e.get("username")));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }
}
