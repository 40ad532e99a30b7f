package org.rspnavigator.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.rspnavigator.markup.Markup;

/**
 * The snippet each hit shows: the passages of its body in which the matched words are marked
 * with {@code <mark>}, or, when nothing in the body matches, its start. Either way the text is
 * escaped, so that {@code <mark>} is the only markup.
 */
final class Snippets {

    private static final int PASSAGES = 2;
    private static final int FALLBACK_CHARS = 220;

    private final UnifiedHighlighter highlighter;
    private final IntFunction<String> bodyOfDoc;

    /**
     * @param bodyOfDoc the body of a document by its Lucene id: bodies are kept in memory, not
     *                  stored in the index
     */
    Snippets(IndexSearcher searcher, Analyzer indexAnalyzer, IntFunction<String> bodyOfDoc) {
        this.bodyOfDoc = bodyOfDoc;
        this.highlighter = new BodyHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .withFieldMatcher(Fields.BODY::equals), bodyOfDoc);
    }

    /** The snippet of each of {@code topDocs}, in their order, for a query whose body part is {@code body}. */
    List<String> of(TopDocs topDocs, Optional<Query> body) throws IOException {
        String[] highlighted = body.isPresent() && topDocs.scoreDocs.length > 0
                ? highlighter.highlight(Fields.BODY, leaves(body.get()), topDocs, PASSAGES)
                : new String[topDocs.scoreDocs.length];
        List<String> snippets = new ArrayList<>(highlighted.length);
        for (int i = 0; i < highlighted.length; i++) {
            snippets.add(highlighted[i] != null ? highlighted[i] : fallbackSnippet(bodyOfDoc.apply(topDocs.scoreDocs[i].doc)));
        }
        return snippets;
    }

    /**
     * The distinct term and phrase queries of {@code query}, as alternatives: what is marked is
     * where any of them matches, which is what the highlighter makes of the disjunctions and
     * boosts around them too, but each is matched once per document, not once per place it
     * appears in the query (the same word often appears with and without its synonyms).
     */
    private static Query leaves(Query query) {
        Set<Query> leaves = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                leaves.add(leaf);
            }

            @Override
            public void visitLeaf(Query leaf) {
                leaves.add(leaf);
            }
        });
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        leaves.forEach(leaf -> any.add(leaf, Occur.SHOULD));
        return any.build();
    }

    /** The start of the body, cut at a word, escaped. */
    static String fallbackSnippet(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        String text = body;
        if (text.length() > FALLBACK_CHARS) {
            int cut = text.lastIndexOf(' ', FALLBACK_CHARS);
            text = text.substring(0, cut > FALLBACK_CHARS / 2 ? cut : FALLBACK_CHARS).stripTrailing()
                    + " …";
        }
        return Markup.escape(text);
    }

    /** Highlights the body as kept in memory rather than as stored in the index (it is not). */
    private static final class BodyHighlighter extends UnifiedHighlighter {
        private final IntFunction<String> bodyOfDoc;

        BodyHighlighter(UnifiedHighlighter.Builder builder, IntFunction<String> bodyOfDoc) {
            super(builder);
            this.bodyOfDoc = bodyOfDoc;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] byField = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    byField[f] = Fields.BODY.equals(fields[f]) ? bodyOfDoc.apply(doc) : "";
                }
                values.add(byField);
            }
            return values;
        }
    }
}
