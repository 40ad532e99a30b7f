package org.rspnavigator.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.IOUtils;

/**
 * Writes the search documents into an in-memory index: how each field of a {@link SearchDocument}
 * is analysed and stored, and the similarity it is scored with. Nothing is stored in the index:
 * what hits show stays in memory beside it, found through each document's position in the list
 * it was built from ({@link Fields#POSITION}).
 */
final class IndexBuilder {

    /**
     * BM25 everywhere; the mentions of a standard (one purpose per use case naming it) are many
     * short statements in one field, so their length counts less than that of a text.
     */
    static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final Similarity text = new BM25Similarity();
        private final Similarity statements = new BM25Similarity(1.2f, 0.3f);

        @Override
        public Similarity get(String field) {
            return Fields.MENTIONS.equals(field) ? statements : text;
        }
    };

    /** From this many documents on, several threads build the index. */
    private static final int PARALLEL_FROM = 2000;

    /** The body is highlighted from offsets kept with its postings. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    /** Only for word statistics and a bag-of-words score: no positions. */
    private static final FieldType ALL_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
        ALL_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        ALL_TYPE.freeze();
    }

    private IndexBuilder() {
    }

    /**
     * An in-memory directory whose files are read back as one buffer each: reading a file made of
     * many small buffers means slicing lists of them every time a term or its postings are read,
     * which costs more than the search itself on a small index.
     */
    static Directory memoryDirectory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    /**
     * A new in-memory directory holding the index of {@code docs}, each at its position in the
     * list. The caller closes it; if writing fails, it is closed here.
     */
    static Directory write(List<SearchDocument> docs, Analysis analysis, FacetsConfig facetsConfig)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256)
                .setSimilarity(SIMILARITY);
        // A catalog-sized index is written by one thread into one segment, in the order the
        // documents came (ties in score are broken by it). A large one is written by several
        // threads, and left in the segments they wrote (a few, with the large RAM buffer): merging
        // them would take about as long as writing them. Exactly equal scores may then come in a
        // different order from one build to the next.
        int threads = docs.size() < PARALLEL_FROM ? 1 : Math.min(Runtime.getRuntime().availableProcessors(), 8);
        if (threads > 1) {
            config.setMergePolicy(NoMergePolicy.INSTANCE);
        }
        Directory directory = memoryDirectory();
        boolean success = false;
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                addAll(writer, docs, analysis, facetsConfig, threads);
                if (threads == 1) {
                    writer.forceMerge(1);
                }
            }
            success = true;
            return directory;
        } finally {
            if (!success) {
                IOUtils.closeWhileHandlingException(directory);
            }
        }
    }

    /** Adds the documents, from {@code threads} threads, each taking its share in turn. */
    private static void addAll(IndexWriter writer, List<SearchDocument> docs, Analysis analysis,
            FacetsConfig facetsConfig, int threads) throws IOException {
        if (threads == 1) {
            for (int i = 0; i < docs.size(); i++) {
                writer.addDocument(facetsConfig.build(toLucene(i, docs.get(i), analysis)));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-index");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                work.add(pool.submit(() -> {
                    for (int i = first; i < docs.size(); i += threads) {
                        writer.addDocument(facetsConfig.build(toLucene(i, docs.get(i), analysis)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The Lucene document of {@code d}, the {@code position}-th of the list. */
    private static Document toLucene(int position, SearchDocument d, Analysis analysis) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(Fields.POSITION, position));
        doc.add(new StringField(Fields.ID, d.id(), Field.Store.NO));
        doc.add(new StringField(Fields.TYPE, d.type().slug(), Field.Store.NO));
        doc.add(new FloatDocValuesField(Fields.PRIOR, d.prior()));

        Set<String> keys = new LinkedHashSet<>();
        keys.add(d.title());
        keys.addAll(d.keys());
        for (String key : keys) {
            addExact(doc, Fields.EXACT, key);
            doc.add(new TextField(Fields.IDENT, key, Field.Store.NO));
            doc.add(new TextField(Fields.TITLE_EN, key, Field.Store.NO));
            doc.add(new TextField(Fields.SPELL, key, Field.Store.NO));
        }
        for (String reference : d.references()) {
            doc.add(new TextField(Fields.REFS, reference, Field.Store.NO));
        }
        for (String name : d.names()) {
            addExact(doc, Fields.EXACT_NAME, name);
            doc.add(new TextField(Fields.NAMES, name, Field.Store.NO));
            doc.add(new TextField(Fields.SPELL, name, Field.Store.NO));
        }
        for (String concern : d.concerns()) {
            doc.add(new TextField(Fields.CONCERNS, concern, Field.Store.NO));
            for (String key : analysis.phraseKeysWithSynonyms(concern)) {
                if (!key.isEmpty()) {
                    doc.add(new StringField(Fields.CONCERNS_EXACT, key, Field.Store.NO));
                }
            }
        }
        doc.add(new Field(Fields.BODY, d.body(), BODY_TYPE));
        for (String text : d.moreText()) {
            doc.add(new TextField(Fields.NOTES, text, Field.Store.NO));
        }
        for (String text : d.mentions()) {
            doc.add(new TextField(Fields.MENTIONS, text, Field.Store.NO));
        }
        for (List<String> texts : List.of(List.copyOf(keys), d.references(), d.names(), d.concerns(), List.of(d.body()), d.moreText(),
                d.mentions())) {
            for (String text : texts) {
                doc.add(new Field(Fields.ALL, text, ALL_TYPE));
            }
        }

        for (Facet facet : Facet.values()) {
            facet.of(d).ifPresent(value -> doc.add(new SortedSetDocValuesFacetField(facet.field(), value.slug())));
        }
        return doc;
    }

    private static void addExact(Document doc, String field, String text) {
        String key = Analysis.exactKey(text);
        if (!key.isEmpty()) {
            doc.add(new StringField(field, key, Field.Store.NO));
        }
    }
}
