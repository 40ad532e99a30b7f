package org.rspnavigator.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Maturity;

/**
 * One thing to find, in the terms the index understands. Each kind of catalog entry has a
 * {@link SearchDocumentSource} that turns its entries into these; the index and the queries know
 * nothing else about them, so a new kind (IHE profiles, actors) only needs a new source.
 *
 * <p>The fields are listed from the strongest evidence to the weakest: a query matching a key
 * outranks one matching a name, which outranks a mention in the prose.
 *
 * @param target      where its hit leads; also says what it is ({@link #type()}) and gives its
 *                    id ({@link #id()}, unique within the index)
 * @param title       the line shown first, e.g. the brief name "IHE XDS-I.b"; also a key
 * @param subtitle    the second line, e.g. the formal name, or the use case of a row
 * @param keys        identifiers people type: acronyms, short names, clause numbers ("XDS-I",
 *                    "TID 10011", "5.3.2.8"); matched whole and part by part
 * @param references  where the thing is specified ("PS3.16 TID 10011"); weaker than keys
 * @param names       formal names, aliases and other names, matched as English words
 * @param concerns    the systems (later: actors) the entry is about, e.g. "PACS", "EHR": a query
 *                    naming a system finds what concerns it, weighted like a name
 * @param body        the main plain-text description: searched, highlighted in the snippet and
 *                    shown from its start when nothing in it matches
 * @param moreText    further plain-text prose, searched with the least weight
 * @param mentions    what other catalog entries say about this one (the purposes of the use-case
 *                    rows naming a standard): searched like the body, never shown
 * @param prior       how much a match on this document is worth against others, 1 for a
 *                    portfolio standard (use-case rows, which repeat a standard's name, lower)
 * @param completions what autocomplete may offer for this document
 */
public record SearchDocument(HitTarget target, String title, String subtitle, List<String> keys,
        List<String> references, List<String> names, List<String> concerns, String body, List<String> moreText, List<String> mentions,
        Optional<Category> category, Optional<AssessmentGroup> group, Optional<Maturity> maturity, float prior,
        List<Completion> completions) {

    public SearchDocument {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        keys = List.copyOf(keys);
        references = List.copyOf(references);
        names = List.copyOf(names);
        concerns = List.copyOf(concerns);
        Objects.requireNonNull(body, "body");
        moreText = List.copyOf(moreText);
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(maturity, "maturity");
        if (!(prior > 0) || prior > 10) {
            throw new IllegalArgumentException("prior must be in (0, 10], not " + prior);
        }
        completions = List.copyOf(completions);
    }

    /** What the hit is. */
    public HitType type() {
        return target.type();
    }

    /** The document's id, unique within the index. */
    public String id() {
        return target.id();
    }

    /**
     * An autocomplete entry: {@code text} is matched against what is being typed and
     * {@code shown} is offered (for an acronym, the title it stands for); a higher
     * {@code weight} comes first.
     */
    public record Completion(String text, String shown, long weight) {
        public Completion {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(shown, "shown");
        }
    }
}
