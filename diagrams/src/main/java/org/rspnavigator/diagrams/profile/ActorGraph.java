package org.rspnavigator.diagrams.profile;

import static org.rspnavigator.diagrams.profile.ProfileDiagram.LABEL_LINE;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.LABEL_PAD_X;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.LABEL_PAD_Y;
import static org.rspnavigator.diagrams.profile.ProfileDiagram.LABEL_SIZE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rspnavigator.diagrams.TextMetrics;
import org.rspnavigator.markup.Slugs;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.ProfileTransaction;

/**
 * What a profile's diagram shows, before it is laid out: a box per actor; per two actors one
 * {@link ActorPair} with the transactions between them, both ways, under one label; for an actor's
 * transactions whose other end the catalog does not record, a placeholder box ("responder not
 * recorded", "initiator not recorded") joined to the actor like any other; per actor the
 * transactions to another actor of its own kind ({@link TransactionStub}, a loop); and the
 * transactions with no actor at all, which are named below the picture. The parts are mutable:
 * layout and label placement give them their positions.
 */
final class ActorGraph {

    final Profile profile;
    final List<ActorBox> actors = new ArrayList<>();
    final Map<String, ActorBox> byName = new LinkedHashMap<>();
    final List<ActorPair> pairs = new ArrayList<>();
    final List<TransactionStub> stubs = new ArrayList<>();
    final List<ProfileTransaction> unattached = new ArrayList<>();

    /** The name of the box a transaction without a recorded responder points at. */
    static final String NO_RESPONDER = "responder not recorded";
    /** The name of the box a transaction without a recorded initiator starts from. */
    static final String NO_INITIATOR = "initiator not recorded";

    ActorGraph(Profile profile) {
        this.profile = profile;
        for (ProfileActor a : profile.actors()) {
            actor(a.name(), a.verification().isVerified());
        }
        Map<String, ActorPair> pairsByKey = new LinkedHashMap<>();
        Map<String, TransactionStub> stubsByKey = new LinkedHashMap<>();
        List<OpenEnd> openEnded = new ArrayList<>();
        List<ProfileTransaction> transactions = profile.transactions();
        for (int order = 0; order < transactions.size(); order++) {
            ProfileTransaction t = transactions.get(order);
            // An actor the transaction names but the profile does not list is drawn, dashed.
            t.initiators().forEach(name -> actor(name, false));
            t.responders().forEach(name -> actor(name, false));
            if (t.initiators().isEmpty() && t.responders().isEmpty()) {
                unattached.add(t);
                continue;
            }
            if (t.responders().isEmpty() || t.initiators().isEmpty()) {
                for (String name : t.responders().isEmpty() ? t.initiators() : t.responders()) {
                    openEnded.add(new OpenEnd(t, order, name, t.responders().isEmpty()));
                }
                continue;
            }
            boolean self = t.initiators().size() == 1 && t.initiators().equals(t.responders());
            if (self) {
                String name = t.initiators().getFirst();
                stubsByKey.computeIfAbsent(name, k -> new TransactionStub(byName.get(name))).transactions.add(t);
                continue;
            }
            for (String i : t.initiators()) {
                for (String r : t.responders()) {
                    // An actor both initiating and responding relays the transaction; no loop.
                    if (i.equals(r)) {
                        continue;
                    }
                    ActorBox from = byName.get(i);
                    ActorBox to = byName.get(r);
                    ActorBox a = from.index < to.index ? from : to;
                    ActorBox b = a == from ? to : from;
                    pairsByKey.computeIfAbsent(a.index + ":" + b.index, k -> new ActorPair(a, b)).flows
                            .add(new TransactionFlow(t, order, from, to));
                }
            }
        }
        // One placeholder per actor and missing end, after every actor, so that actors keep their order.
        Map<String, ActorBox> placeholders = new LinkedHashMap<>();
        for (OpenEnd e : openEnded) {
            ActorBox actor = byName.get(e.actor());
            ActorBox placeholder = placeholders.computeIfAbsent(e.actor() + "\n" + e.out(), k -> {
                ActorBox box = new ActorBox(e.out() ? NO_RESPONDER : NO_INITIATOR, actors.size(), true, actor);
                actors.add(box);
                return box;
            });
            ActorBox from = e.out() ? actor : placeholder;
            ActorBox to = e.out() ? placeholder : actor;
            pairsByKey.computeIfAbsent(actor.index + ":" + placeholder.index, k -> new ActorPair(actor, placeholder))
                    .flows.add(new TransactionFlow(e.transaction(), e.order(), from, to));
        }
        pairs.addAll(pairsByKey.values());
        stubs.addAll(stubsByKey.values());
        for (ActorPair p : pairs) {
            p.flows.sort(Comparator.comparingInt(TransactionFlow::order).thenComparing(f -> f.from() == p.a ? 0 : 1));
            p.label = new TransactionLabel(p.flows.stream()
                    .map(f -> new LabelEntry("→ " + transactionLabel(f.transaction()), f.confirmed())).toList());
        }
        for (TransactionStub s : stubs) {
            s.label = new TransactionLabel(s.transactions.stream()
                    .map(t -> new LabelEntry("→ " + transactionLabel(t), t.verification().isVerified())).toList());
        }
    }

    /** A transaction of {@code actor} with nothing recorded at its other end; {@code out}: no responder. */
    private record OpenEnd(ProfileTransaction transaction, int order, String actor, boolean out) {
    }

    /** The actors of the profile, without the placeholders. */
    List<ActorBox> realActors() {
        return actors.stream().filter(a -> !a.isPlaceholder()).toList();
    }

    private ActorBox actor(String name, boolean confirmed) {
        return byName.computeIfAbsent(name, n -> {
            ActorBox a = new ActorBox(n, actors.size(), confirmed);
            actors.add(a);
            return a;
        });
    }

    /** Every label: the pairs' first, then the stubs'. */
    List<TransactionLabel> labels() {
        List<TransactionLabel> all = new ArrayList<>();
        pairs.forEach(p -> all.add(p.label));
        stubs.forEach(s -> all.add(s.label));
        return all;
    }

    /** The pair whose line {@code l} labels, or null for a stub's label. */
    ActorPair ownerOf(TransactionLabel l) {
        return pairs.stream().filter(p -> p.label == l).findFirst().orElse(null);
    }

    /** "Query Images [RAD-14]", as IHE labels its figures; "Share Content" for an exchange without a number. */
    static String transactionLabel(ProfileTransaction t) {
        return t.displayName();
    }

    /**
     * What the markup calls a transaction in its data attributes: its number ("RAD-14"), or for
     * an exchange without a number the slug of its name ("share-content").
     */
    static String key(ProfileTransaction t) {
        return t.id().isEmpty() ? Slugs.slug(t.name()) : t.id();
    }

    // ---------------------------------------------------------------------------------------
    // The parts of the picture

    /**
     * An actor's box, or the placeholder at the unrecorded end of one actor's transactions
     * ({@code placeholderOf} that actor); {@code cx}, {@code cy} its centre once placed.
     */
    static final class ActorBox {
        final String name;
        final int index;
        final boolean confirmed;
        final ActorBox placeholderOf;
        List<String> lines = List.of();
        int col;
        int row;
        double cx;
        double cy;

        ActorBox(String name, int index, boolean confirmed) {
            this(name, index, confirmed, null);
        }

        ActorBox(String name, int index, boolean confirmed, ActorBox placeholderOf) {
            this.name = name;
            this.index = index;
            this.confirmed = confirmed;
            this.placeholderOf = placeholderOf;
        }

        boolean isPlaceholder() {
            return placeholderOf != null;
        }
    }

    /** One transaction from one initiator to one responder. */
    record TransactionFlow(ProfileTransaction transaction, int order, ActorBox from, ActorBox to) {
        boolean confirmed() {
            return transaction.verification().isVerified();
        }
    }

    /** A drawn straight line with an arrowhead at its end, carrying the flows that go its way. */
    record FlowLine(double x1, double y1, double x2, double y2, ActorBox from, ActorBox to,
            List<TransactionFlow> flows) {
        boolean confirmed() {
            return flows.stream().allMatch(TransactionFlow::confirmed);
        }

        /** Its length, never quite 0. */
        double length() {
            return Math.max(1e-6, Math.hypot(x2 - x1, y2 - y1));
        }
    }

    /** Two actors and the transactions between them, both ways. */
    static final class ActorPair {
        final ActorBox a;
        final ActorBox b;
        final List<TransactionFlow> flows = new ArrayList<>();
        final List<FlowLine> segments = new ArrayList<>();
        TransactionLabel label;
        /** The part of the line between the two boxes, where the label may sit. */
        double sx1;
        double sy1;
        double sx2;
        double sy2;

        ActorPair(ActorBox a, ActorBox b) {
            this.a = a;
            this.b = b;
        }
    }

    /**
     * The transactions from one actor to another actor of the same kind: a loop out of the box
     * and back, pointing ({@code dx}, {@code dy}); ({@code x2}, {@code y2}) is where it reaches
     * furthest, beside which its label sits.
     */
    static final class TransactionStub {
        final ActorBox actor;
        final List<ProfileTransaction> transactions = new ArrayList<>();
        TransactionLabel label;
        double dx;
        double dy;
        double x1;
        double y1;
        double x2;
        double y2;

        TransactionStub(ActorBox actor) {
            this.actor = actor;
        }
    }

    /** One line of a label: a transaction, and whether it is confirmed against its source. */
    record LabelEntry(String text, boolean confirmed) {
    }

    /** A stacked label: top-left corner {@code x}, {@code y}; where it was put before being pushed. */
    static final class TransactionLabel {
        final List<LabelEntry> entries;
        final double w;
        final double h;
        double x;
        double y;
        double placedX;
        double placedY;
        /** The point of its line the label belongs to, for a leader when it had to move away. */
        double ax;
        double ay;

        TransactionLabel(List<LabelEntry> entries) {
            this.entries = entries;
            double widest = 0;
            for (LabelEntry e : entries) {
                widest = Math.max(widest, TextMetrics.width(e.text(), LABEL_SIZE, false));
            }
            this.w = Math.ceil(widest + 2 * LABEL_PAD_X);
            this.h = entries.size() * LABEL_LINE + 2 * LABEL_PAD_Y;
        }

        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }

        void centreAt(double cx, double cy) {
            x = cx - w / 2;
            y = cy - h / 2;
        }
    }
}
