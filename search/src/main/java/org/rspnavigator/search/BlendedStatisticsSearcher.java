package org.rspnavigator.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;

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

    BlendedStatisticsSearcher(IndexReader reader, Analysis analysis) {
        super(reader);
        this.analysis = analysis;
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        int blended = docFreq;
        if (ENGLISH.contains(term.field())) {
            blended = Math.max(docFreq, getIndexReader().docFreq(new Term(Fields.ALL, term.bytes())));
        } else if (WORDS.contains(term.field())) {
            List<String> stems = Analysis.terms(analysis.englishIndexAnalyzer(), Fields.ALL, term.text());
            if (stems.size() == 1) {
                blended = Math.max(docFreq, getIndexReader().docFreq(new Term(Fields.ALL, new BytesRef(stems.getFirst()))));
            }
        }
        return super.termStatistics(term, blended, Math.max(totalTermFreq, blended));
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
