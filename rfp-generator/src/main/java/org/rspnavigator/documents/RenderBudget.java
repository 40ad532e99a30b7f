package org.rspnavigator.documents;

import java.io.Serial;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * A time budget for making a document, kept by the thread that makes it. The renderers call
 * {@link #check} as they go (the PDF layout at every line and character break it looks for, the
 * Word writer between requirements and clauses), so that work over its budget stops there with
 * {@link ExceededException}, and work whose thread is interrupted stops with a
 * {@link CancellationException}, instead of holding its thread to the end. Layout time grows
 * faster than the text laid out, so a budget, not only a length limit, is what bounds it.
 *
 * <p>Nothing outside the renderers is stopped: a budget never interrupts a thread, so it is safe
 * around work that also reads a database.
 */
public final class RenderBudget {

    /** The deadline ({@link System#nanoTime}) and the budget of the current thread's work, or null. */
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private record Deadline(long at, Duration budget) {
    }

    private RenderBudget() {
    }

    /**
     * Does {@code work} within {@code budget}: a renderer that {@link #check}s after the budget is
     * spent throws {@link ExceededException}. A budget inside another ends no later than the outer.
     */
    public static <T> T within(Duration budget, Supplier<T> work) {
        Objects.requireNonNull(budget, "budget");
        Deadline outer = CURRENT.get();
        Deadline inner = new Deadline(System.nanoTime() + budget.toNanos(), budget);
        CURRENT.set(outer != null && outer.at() - inner.at() < 0 ? outer : inner);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * Stops the current work if its budget is spent or its thread was interrupted; does nothing
     * outside {@link #within}, apart from the interruption. Cheap enough to call very often.
     *
     * @throws ExceededException    when the budget is spent
     * @throws CancellationException when the thread was interrupted (the flag is left set)
     */
    public static void check() {
        Deadline deadline = CURRENT.get();
        if (deadline != null && System.nanoTime() - deadline.at() > 0) {
            throw new ExceededException(deadline.budget());
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The document was not finished: its thread was interrupted.");
        }
    }

    /** "60 s", "1.5 s", "200 ms". */
    public static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return (ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0)) + " s";
    }

    /** The document was not finished within its budget and was stopped. */
    public static final class ExceededException extends RuntimeException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final Duration budget;

        public ExceededException(Duration budget) {
            super("The document took longer than " + describe(budget) + " to make and was stopped. Shorten its "
                    + "longest texts, or make it with fewer requirements or bidders, then try again.");
            this.budget = budget;
        }

        /** The time the document had. */
        public Duration budget() {
            return budget;
        }
    }
}
