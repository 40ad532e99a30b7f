package org.rspnavigator.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.SynonymGroup;
import org.rspnavigator.model.Term;

/**
 * Full-text search over the catalog: an in-memory Lucene index of every standard and every
 * use-case row (and whatever other {@link SearchDocumentSource}s add), built once.
 *
 * <p>Searches are ranked, counted per facet with drill-sideways semantics (the count of a value
 * of one facet applies the filters of the other facets, not its own, so a user can widen a
 * selection), offered a corrected text when a word looks misspelt, and come with a snippet of
 * the body in which the matched words are marked. {@link #suggest} completes what is being
 * typed from titles, acronyms and names.
 *
 * <p>An instance is safe for any number of concurrent searches (one {@link IndexSearcher} over
 * an index that never changes). {@link #close()} releases it.
 */
public final class CatalogSearch implements AutoCloseable {

    private static final String[] DIMENSIONS = {Fields.FACET_TYPE, Fields.FACET_CATEGORY, Fields.FACET_GROUP,
            Fields.FACET_MATURITY};
    /** Below this many hits, the search is tried again with fuzzy matching on every word. */
    static final int FEW_HITS = 3;
    /** From this many documents on, several threads build the index. */
    private static final int PARALLEL_FROM = 2000;
    /** What a document concerning a system the text names is worth more: a use-case row's prior undone. */
    static final float NAMED_CONCERN_BOOST = 1 / UseCaseRowDocuments.PRIOR;
    private static final int SNIPPET_PASSAGES = 2;
    /** How many words of a text are searched when all of them make too big a query. */
    private static final int FALLBACK_WORDS = 6;
    private static final int FALLBACK_SNIPPET_CHARS = 220;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final FacetsConfig facetsConfig;
    private final SortedSetDocValuesReaderState facetState;
    private final UnifiedHighlighter highlighter;
    private final QueryPlanner planner;
    private final Directory suggestDirectory;
    private final AnalyzingInfixSuggester suggester;
    private final boolean hasCompletions;
    private final int size;
    private final Analysis analysis;
    /** What hits show, by the document's position in the list it was built from. */
    private final List<Shown> shown;
    /** For each Lucene document id, that position. */
    private final int[] positionOfDoc;

    private CatalogSearch(Collection<SearchDocument> documents, List<SynonymGroup> synonyms) throws IOException {
        Analysis analysis = new Analysis(synonyms);
        this.analysis = analysis;
        this.facetsConfig = new FacetsConfig();
        this.directory = memoryDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256)
                .setSimilarity(SIMILARITY);
        List<SearchDocument> docs = List.copyOf(documents);
        Set<String> ids = new HashSet<>();
        for (SearchDocument d : docs) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("two search documents have the id " + d.id());
            }
        }
        // A catalog-sized index is written by one thread into one segment, in the order the
        // documents came (ties in score are broken by it). A large one is written by several
        // threads, and left in the segments they wrote (a few, with the large RAM buffer): merging
        // them would take about as long as writing them. Exactly equal scores may then come in a
        // different order from one build to the next.
        int threads = docs.size() < PARALLEL_FROM ? 1 : Math.min(Runtime.getRuntime().availableProcessors(), 8);
        if (threads > 1) {
            config.setMergePolicy(NoMergePolicy.INSTANCE);
        }
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            addAll(writer, docs, analysis, threads);
            if (threads == 1) {
                writer.forceMerge(1);
            }
        }
        this.size = ids.size();
        this.shown = docs.stream().map(d -> new Shown(d.type(), d.id(), d.title(), d.subtitle(), d.body())).toList();
        this.reader = DirectoryReader.open(directory);
        this.positionOfDoc = positions(reader);
        this.searcher = new BlendedStatisticsSearcher(reader, analysis);
        searcher.setSimilarity(SIMILARITY);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        this.highlighter = new BodyHighlighter(UnifiedHighlighter.builder(searcher, analysis.indexAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .withFieldMatcher(Fields.BODY::equals));
        this.planner = new QueryPlanner(analysis, reader);

        this.suggestDirectory = memoryDirectory();
        this.suggester = new AnalyzingInfixSuggester(suggestDirectory, analysis.plainAnalyzer(),
                analysis.plainAnalyzer(), 1, false, true, false);
        List<Entry> entries = new ArrayList<>();
        for (SearchDocument d : documents) {
            for (SearchDocument.Completion c : d.completions()) {
                entries.add(new Entry(c, d.type(), d.id()));
            }
        }
        this.hasCompletions = !entries.isEmpty();
        if (hasCompletions) {
            suggester.build(new Entries(entries.iterator()));
        }
    }

    /**
     * An in-memory directory whose files are read back as one buffer each: reading a file made of
     * many small buffers means slicing lists of them every time a term or its postings are read,
     * which costs more than the search itself on a small index.
     */
    private static Directory memoryDirectory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    /** The index of every standard and use-case row of {@code catalog}, with its search vocabulary. */
    public static CatalogSearch build(Catalog catalog) {
        return build(catalog, SearchDocumentSource.DEFAULTS);
    }

    /** The index of the documents {@code sources} make of {@code catalog}. */
    public static CatalogSearch build(Catalog catalog, List<SearchDocumentSource> sources) {
        List<SearchDocument> documents = sources.stream().flatMap(s -> s.documents(catalog).stream()).toList();
        return of(documents, catalog.synonyms());
    }

    /** The index of {@code documents}, with {@code synonyms} applied to queries. */
    public static CatalogSearch of(Collection<SearchDocument> documents, List<SynonymGroup> synonyms) {
        try {
            return new CatalogSearch(documents, synonyms);
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the search index", e);
        }
    }

    /** How many documents the index holds. */
    public int size() {
        return size;
    }

    // ----------------------------------------------------------------------------------------
    // Indexing

    /**
     * BM25 everywhere; the mentions of a standard (one purpose per use case naming it) are many
     * short statements in one field, so their length counts less than that of a text.
     */
    private static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final Similarity text = new BM25Similarity();
        private final Similarity statements = new BM25Similarity(1.2f, 0.3f);

        @Override
        public Similarity get(String field) {
            return Fields.MENTIONS.equals(field) ? statements : text;
        }
    };

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

    /** Adds the documents, from {@code threads} threads, each taking its share in turn. */
    private void addAll(IndexWriter writer, List<SearchDocument> docs, Analysis analysis, int threads)
            throws IOException {
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

    /**
     * The Lucene document of {@code d}, the {@code position}-th of the list. Nothing is stored in
     * the index: what hits show is kept in {@link #shown} (reading stored fields back would mean
     * decompressing them for every hit), found through the position.
     */
    private static Document toLucene(int position, SearchDocument d, Analysis analysis) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(Fields.POSITION, position));
        doc.add(new StringField(Fields.ID, d.id(), Field.Store.NO));
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

        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TYPE, d.type().slug()));
        d.category().ifPresent(c -> doc.add(new SortedSetDocValuesFacetField(Fields.FACET_CATEGORY, c.slug())));
        d.group().ifPresent(g -> doc.add(new SortedSetDocValuesFacetField(Fields.FACET_GROUP, g.slug())));
        d.maturity().ifPresent(m -> doc.add(new SortedSetDocValuesFacetField(Fields.FACET_MATURITY, m.slug())));
        return doc;
    }

    private static void addExact(Document doc, String field, String text) {
        String key = Analysis.exactKey(text);
        if (!key.isEmpty()) {
            doc.add(new StringField(field, key, Field.Store.NO));
        }
    }

    // ----------------------------------------------------------------------------------------
    // Searching

    /**
     * The hits for {@code request}, best first, with the total, the facet counts and, when a word
     * looks misspelt, a corrected text to offer.
     */
    public SearchResult search(SearchRequest request) {
        try {
            return search(request, request.text());
        } catch (IndexSearcher.TooManyClauses tooMany) {
            // A long text whose words expand to too many terms: search its first words only.
            List<QueryPlanner.Word> words = planner.words(request.text());
            if (words.isEmpty()) {
                return empty(request, Optional.empty());
            }
            String shorter = request.text().substring(0, words.get(Math.min(words.size(), FALLBACK_WORDS) - 1).end());
            try {
                return search(request, shorter);
            } catch (IndexSearcher.TooManyClauses stillTooMany) {
                return empty(request, Optional.empty());
            }
        }
    }

    private SearchResult search(SearchRequest request, String text) {
        try {
            QueryPlanner.Plan plan = planner.plan(text, false);
            if (plan.query().isEmpty()) {
                return empty(request, plan.didYouMean());
            }
            Outcome outcome = run(plan, request);
            if (outcome.total < FEW_HITS && planner.fuzzierThan(plan, text)) {
                QueryPlanner.Plan wider = planner.plan(text, true);
                Outcome second = run(wider, request);
                if (second.total > outcome.total) {
                    plan = wider;
                    outcome = second;
                }
            }
            List<SearchHit> hits = hits(outcome.topDocs, plan);
            return new SearchResult(request.text(), outcome.total, hits, facets(outcome.facets, request),
                    plan.didYouMean());
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private record Outcome(TopDocs topDocs, int total, Facets facets) {
    }

    private Outcome run(QueryPlanner.Plan plan, SearchRequest request) throws IOException {
        Query scored = scored(plan);
        DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, scored);
        addFilter(drillDown, Fields.FACET_TYPE, request.types());
        addFilter(drillDown, Fields.FACET_CATEGORY, request.categories());
        addFilter(drillDown, Fields.FACET_GROUP, request.groups());
        addFilter(drillDown, Fields.FACET_MATURITY, request.maturities());
        DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, facetsConfig, facetState)
                .search(drillDown, request.limit());
        TotalHits totalHits = result.hits.totalHits;
        int total = totalHits.relation() == TotalHits.Relation.EQUAL_TO
                ? Math.toIntExact(totalHits.value())
                : countOf(result.facets, request);
        return new Outcome(result.hits, total, result.facets);
    }

    /**
     * The plan's query scaled by each document's prior; a document concerning a system that the
     * text names ("send images to the EHR") gets back what its prior took away.
     */
    private static Query scored(QueryPlanner.Plan plan) {
        Query scored = FunctionScoreQuery.boostByValue(plan.query().orElseThrow(),
                DoubleValuesSource.fromFloatField(Fields.PRIOR));
        if (plan.namedConcerns().isPresent()) {
            scored = FunctionScoreQuery.boostByQuery(scored, plan.namedConcerns().get(), NAMED_CONCERN_BOOST);
        }
        return scored;
    }

    private static void addFilter(DrillDownQuery query, String dimension, Set<? extends Term> values) {
        for (Term value : values) {
            query.add(dimension, value.slug());
        }
    }

    /** Every document has a type, so the type counts of the selected types add up to the total. */
    private static int countOf(Facets facets, SearchRequest request) throws IOException {
        FacetResult types = facets.getAllChildren(Fields.FACET_TYPE);
        if (types == null) {
            return 0;
        }
        Set<String> selected = new HashSet<>();
        request.types().forEach(t -> selected.add(t.slug()));
        int total = 0;
        for (LabelAndValue lv : types.labelValues) {
            if (selected.isEmpty() || selected.contains(lv.label)) {
                total += lv.value.intValue();
            }
        }
        return total;
    }

    private List<SearchHit> hits(TopDocs topDocs, QueryPlanner.Plan plan) throws IOException {
        String[] snippets = plan.body().isPresent() && topDocs.scoreDocs.length > 0
                ? highlighter.highlight(Fields.BODY, plan.body().get(), topDocs, SNIPPET_PASSAGES)
                : new String[topDocs.scoreDocs.length];
        List<SearchHit> hits = new ArrayList<>(topDocs.scoreDocs.length);
        for (int i = 0; i < topDocs.scoreDocs.length; i++) {
            ScoreDoc sd = topDocs.scoreDocs[i];
            Shown doc = shownOf(sd.doc);
            String snippet = snippets[i] != null ? snippets[i] : fallbackSnippet(doc.body());
            hits.add(new SearchHit(doc.type(), doc.id(), doc.title(), doc.subtitle(), snippet, sd.score));
        }
        return hits;
    }

    /** The start of the body, cut at a word, escaped. */
    static String fallbackSnippet(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        String text = body;
        if (text.length() > FALLBACK_SNIPPET_CHARS) {
            int cut = text.lastIndexOf(' ', FALLBACK_SNIPPET_CHARS);
            text = text.substring(0, cut > FALLBACK_SNIPPET_CHARS / 2 ? cut : FALLBACK_SNIPPET_CHARS).stripTrailing()
                    + " …";
        }
        return escapeHtml(text);
    }

    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private SearchResult empty(SearchRequest request, Optional<String> didYouMean) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            facets.put(dimension, List.of());
        }
        return new SearchResult(request.text(), 0, List.of(), facets, didYouMean);
    }

    private Map<String, List<FacetCount>> facets(Facets facets, SearchRequest request) throws IOException {
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        result.put(Fields.FACET_TYPE, counts(facets, Fields.FACET_TYPE, HitType.class, request.types()));
        result.put(Fields.FACET_CATEGORY, counts(facets, Fields.FACET_CATEGORY, Category.class, request.categories()));
        result.put(Fields.FACET_GROUP, counts(facets, Fields.FACET_GROUP, AssessmentGroup.class, request.groups()));
        result.put(Fields.FACET_MATURITY, counts(facets, Fields.FACET_MATURITY, Maturity.class, request.maturities()));
        return result;
    }

    /** The values with hits, and the selected ones even without, in the vocabulary's order. */
    private static <E extends Enum<E> & Term> List<FacetCount> counts(Facets facets, String dimension, Class<E> type,
            Set<E> selected) throws IOException {
        Map<String, Integer> byValue = new LinkedHashMap<>();
        FacetResult result;
        try {
            result = facets.getAllChildren(dimension);
        } catch (IllegalArgumentException noSuchDimension) {
            // No document of the index has a value for it.
            result = null;
        }
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                byValue.put(lv.label, lv.value.intValue());
            }
        }
        List<FacetCount> counts = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            int count = byValue.getOrDefault(value.slug(), 0);
            if (count > 0 || selected.contains(value)) {
                counts.add(new FacetCount(value.slug(), value.label(), count));
            }
        }
        return counts;
    }

    // ----------------------------------------------------------------------------------------
    // Autocomplete

    /**
     * Up to {@code limit} completions of {@code prefix}, best first, one per document: every
     * word typed must begin a word of a title, acronym or name. A blank prefix gives none.
     *
     * @throws IllegalArgumentException when the limit is outside 1..{@link SearchRequest#MAX_LIMIT}
     */
    public List<Suggestion> suggest(String prefix, int limit) {
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new IllegalArgumentException(
                    "The limit must be between 1 and " + SearchRequest.MAX_LIMIT + ", not " + limit + ".");
        }
        if (prefix == null || prefix.isBlank() || !hasCompletions) {
            return List.of();
        }
        String text = prefix.strip();
        if (text.length() > SearchRequest.MAX_TEXT) {
            text = text.substring(0, SearchRequest.MAX_TEXT);
        }
        try {
            List<LookupResult> results = suggester.lookup(text, limit * 6 + 10, true, false);
            Map<String, Suggestion> byId = new LinkedHashMap<>();
            for (LookupResult r : results) {
                String[] payload = r.payload.utf8ToString().split("\u0000", 3);
                byId.putIfAbsent(payload[0], new Suggestion(payload[2], HitType.valueOf(payload[1]), payload[0]));
                if (byId.size() == limit) {
                    break;
                }
            }
            return List.copyOf(byId.values());
        } catch (IOException e) {
            throw new UncheckedIOException("autocomplete failed", e);
        }
    }

    private record Entry(SearchDocument.Completion completion, HitType type, String id) {
    }

    /** The completions as the suggester reads them; the payload says where each leads. */
    private static final class Entries implements InputIterator {
        private final Iterator<Entry> entries;
        private Entry current;

        Entries(Iterator<Entry> entries) {
            this.entries = entries;
        }

        @Override
        public BytesRef next() {
            if (!entries.hasNext()) {
                current = null;
                return null;
            }
            current = entries.next();
            return new BytesRef(current.completion().text());
        }

        @Override
        public long weight() {
            return current.completion().weight();
        }

        @Override
        public BytesRef payload() {
            String payload = current.id() + "\u0000" + current.type().name() + "\u0000" + current.completion().shown();
            return new BytesRef(payload.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }

    // ----------------------------------------------------------------------------------------

    @Override
    public void close() {
        try {
            IOUtils.close(suggester, suggestDirectory, reader, directory, analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tuning: how the score of {@code id} for {@code text} comes about. */
    String explain(String text, String id) throws IOException {
        QueryPlanner.Plan plan = planner.plan(text, false);
        Query scored = scored(plan);
        TopDocs docs = searcher.search(new TermQuery(new org.apache.lucene.index.Term(Fields.ID, id)), 1);
        return docs.scoreDocs.length == 0 ? "no " + id : searcher.explain(scored, docs.scoreDocs[0].doc).toString();
    }

    /** For tests: the ids of all documents, in index order. */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            ids.add(shownOf(doc).id());
        }
        return ids;
    }

    // ----------------------------------------------------------------------------------------
    // What hits show

    /** The part of a document that hits show. */
    private record Shown(HitType type, String id, String title, String subtitle, String body) {
    }

    private Shown shownOf(int doc) {
        return shown.get(positionOfDoc[doc]);
    }

    private static int[] positions(IndexReader reader) throws IOException {
        int[] positions = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = DocValues.getNumeric(leaf.reader(), Fields.POSITION);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                positions[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        return positions;
    }

    /** Highlights the body as kept in memory rather than as stored in the index (it is not). */
    private final class BodyHighlighter extends UnifiedHighlighter {
        BodyHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] byField = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    byField[f] = Fields.BODY.equals(fields[f]) ? shownOf(doc).body() : "";
                }
                values.add(byField);
            }
            return values;
        }
    }
}
