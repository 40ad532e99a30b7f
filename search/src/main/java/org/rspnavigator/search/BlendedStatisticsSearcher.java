package org.rspnavigator.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;

/**
 * An {@link IndexSearcher} that judges how rare a word is over the whole text of the documents
 * ({@link Fields#ALL}), not over one field. Without this, a common word such as "images" looks
 * rare in the short title field (few titles say "Image") and a title mentioning it outranks
 * documents that match every word of "send images to the EHR" in their prose; with it, a word
 * weighs the same in every field and the field weights alone say where a match counts more.
 */
final class BlendedStatisticsSearcher extends IndexSearcher {

    private static final Set<String> ENGLISH = Set.of(Fields.TITLE_EN, Fields.NAMES, Fields.CONCERNS, Fields.BODY, Fields.NOTES, Fields.MENTIONS);
    private static final Set<String> WORDS = Set.of(Fields.IDENT, Fields.REFS, Fields.SPELL);

    private final Analysis analysis;
    /**
     * The all-text document frequency each word is judged by, by word: only words of the index
     * are asked for, so it holds at most the index's vocabulary.
     */
    private final Map<Term, Integer> allTextFreq = new ConcurrentHashMap<>();

    BlendedStatisticsSearcher(IndexReader reader, Analysis analysis) {
        super(reader);
        this.analysis = analysis;
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        int blended = docFreq;
        if (ENGLISH.contains(term.field()) || WORDS.contains(term.field())) {
            Integer all = allTextFreq.get(term);
            if (all == null) {
                all = allTextFreq(term);
                allTextFreq.put(new Term(term.field(), BytesRef.deepCopyOf(term.bytes())), all);
            }
            blended = Math.max(docFreq, all);
        }
        return super.termStatistics(term, blended, Math.max(totalTermFreq, blended));
    }

    /** In how many documents the word occurs anywhere in their text; 0 when that cannot be said. */
    private int allTextFreq(Term term) throws IOException {
        if (ENGLISH.contains(term.field())) {
            return getIndexReader().docFreq(new Term(Fields.ALL, term.bytes()));
        }
        List<String> stems = Analysis.terms(analysis.englishIndexAnalyzer(), Fields.ALL, term.text());
        return stems.size() == 1 ? getIndexReader().docFreq(new Term(Fields.ALL, new BytesRef(stems.getFirst()))) : 0;
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        CollectionStatistics stats = super.collectionStatistics(field);
        if (stats == null || !(ENGLISH.contains(field) || WORDS.contains(field))) {
            return stats;
        }
        // Document frequencies now count over every document, so the field's document count does too.
        long docCount = stats.maxDoc();
        long sumDocFreq = Math.max(stats.sumDocFreq(), docCount);
        long sumTotalTermFreq = Math.max(stats.sumTotalTermFreq(), sumDocFreq);
        return new CollectionStatistics(field, stats.maxDoc(), docCount, sumTotalTermFreq, sumDocFreq);
    }
}
