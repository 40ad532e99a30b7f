package org.rspnavigator.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.SynonymGroup;

/**
 * Full-text search over the catalog: an in-memory Lucene index of every standard, use-case row,
 * IHE profile and actor (and whatever other {@link SearchDocumentSource}s add), built once.
 *
 * <p>Searches are ranked, counted per facet with drill-sideways semantics ({@link FacetCounts}),
 * offered a corrected text when a word looks misspelt, and come with a snippet of the body in
 * which the matched words are marked ({@link Snippets}). {@link #suggest} completes what is being
 * typed from titles, acronyms and names ({@link Autocomplete}). The index is written by
 * {@link IndexBuilder}; queries are planned by {@link QueryPlanner}.
 *
 * <p>An instance is safe for any number of concurrent searches (one {@link IndexSearcher} over
 * an index that never changes). {@link #close()} releases it.
 */
public final class CatalogSearch implements AutoCloseable {

    /** Below this many hits, the search is tried again with fuzzy matching on every word. */
    static final int FEW_HITS = 3;
    /** What a document concerning a system the text names is worth more: a use-case row's prior undone. */
    static final float NAMED_CONCERN_BOOST = 1 / UseCaseRowDocuments.PRIOR;
    /** How many words of a text are searched when all of them make too big a query. */
    private static final int FALLBACK_WORDS = 6;
    /**
     * How many results of recent distinct requests are kept by default, counted as results of
     * {@link SearchRequest#DEFAULT_LIMIT} hits: the memory they take is bounded by the hits
     * they hold (about 10 MB when full, measured on the real catalog), so larger pages leave room
     * for fewer results.
     */
    public static final int DEFAULT_KEPT_RESULTS = 1024;

    private final Analysis analysis;
    private final Directory directory;
    private final DirectoryReader reader;
    private final Autocomplete autocomplete;
    private final IndexSearcher searcher;
    private final FacetCounts facetCounts;
    private final Snippets snippets;
    private final QueryPlanner planner;
    /** What hits show, by the document's position in the list it was built from. */
    private final List<HitDisplay> displays;
    /** For each Lucene document id, that position. */
    private final int[] positionOfDoc;
    private final RecentResults<SearchRequest, SearchResult> recent;

    /** Takes over the resources it is given; the caller closes them if this fails. */
    private CatalogSearch(List<SearchDocument> docs, Analysis analysis, FacetsConfig facetsConfig,
            Directory directory, DirectoryReader reader, Autocomplete autocomplete, int keptResults) throws IOException {
        this.analysis = analysis;
        this.directory = directory;
        this.reader = reader;
        this.autocomplete = autocomplete;
        this.displays = docs.stream().map(d -> new HitDisplay(d.target(), d.title(), d.subtitle(), d.body()))
                .toList();
        this.positionOfDoc = positions(reader);
        this.searcher = new BlendedStatisticsSearcher(reader, analysis);
        searcher.setSimilarity(IndexBuilder.SIMILARITY);
        this.facetCounts = new FacetCounts(facetsConfig, reader);
        this.snippets = new Snippets(searcher, analysis.indexAnalyzer(), doc -> displayOf(doc).body());
        this.planner = new QueryPlanner(analysis, reader);
        // A result weighs one plus its hits; a result of the default page, DEFAULT_LIMIT + 1.
        this.recent = new RecentResults<>((long) keptResults * (SearchRequest.DEFAULT_LIMIT + 1),
                result -> 1 + result.hits().size());
    }

    /**
     * The index of the entries of {@code catalog}: its standards, use-case rows, IHE profiles with
     * their actors and transactions, and system types, with its search vocabulary.
     */
    public static CatalogSearch build(Catalog catalog) {
        return build(catalog, defaultSources());
    }

    /**
     * The same as {@link #build(Catalog)}, keeping recent results in the room of
     * {@code keptResults} default pages (0: none, every request is searched).
     */
    public static CatalogSearch build(Catalog catalog, int keptResults) {
        return of(documents(catalog, defaultSources()), catalog.synonyms(), keptResults);
    }

    /** The index of the documents {@code sources} make of {@code catalog}. */
    public static CatalogSearch build(Catalog catalog, List<SearchDocumentSource> sources) {
        return of(documents(catalog, sources), catalog.synonyms());
    }

    private static List<SearchDocumentSource> defaultSources() {
        return List.of(new StandardDocuments(), new UseCaseRowDocuments(), new ProfileDocuments(),
                new TransactionDocuments(), new SystemTypeDocuments());
    }

    private static List<SearchDocument> documents(Catalog catalog, List<SearchDocumentSource> sources) {
        return sources.stream().flatMap(s -> s.documents(catalog).stream()).toList();
    }

    /**
     * The index of {@code documents}, with {@code synonyms} applied to queries.
     *
     * @throws IllegalArgumentException when two documents have the same id
     */
    public static CatalogSearch of(Collection<SearchDocument> documents, List<SynonymGroup> synonyms) {
        return of(documents, synonyms, DEFAULT_KEPT_RESULTS);
    }

    /**
     * The index of {@code documents}, with {@code synonyms} applied to queries, keeping recent
     * results in the room of {@code keptResults} default pages ({@link #DEFAULT_KEPT_RESULTS};
     * 0: none, every request is searched).
     *
     * @throws IllegalArgumentException when two documents have the same id, or keptResults is negative
     */
    public static CatalogSearch of(Collection<SearchDocument> documents, List<SynonymGroup> synonyms, int keptResults) {
        if (keptResults < 0) {
            throw new IllegalArgumentException("keptResults must not be negative, not " + keptResults);
        }
        List<SearchDocument> docs = List.copyOf(documents);
        Set<String> ids = new HashSet<>();
        for (SearchDocument d : docs) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("two search documents have the id " + d.id());
            }
        }
        Analysis analysis = null;
        Directory directory = null;
        DirectoryReader reader = null;
        Autocomplete autocomplete = null;
        boolean success = false;
        try {
            analysis = new Analysis(synonyms);
            FacetsConfig facetsConfig = new FacetsConfig();
            directory = IndexBuilder.write(docs, analysis, facetsConfig);
            reader = DirectoryReader.open(directory);
            autocomplete = Autocomplete.build(docs, analysis);
            CatalogSearch search = new CatalogSearch(docs, analysis, facetsConfig, directory, reader, autocomplete,
                    keptResults);
            success = true;
            return search;
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the search index", e);
        } finally {
            if (!success) {
                IOUtils.closeWhileHandlingException(autocomplete, reader, directory, analysis);
            }
        }
    }

    /** How many documents the index holds. */
    public int size() {
        return displays.size();
    }

    /**
     * The hits for {@code request}, best first, with the total, the facet counts and, when a word
     * looks misspelt, a corrected text to offer. The result of a request asked for recently is
     * given again, not searched anew: the index never changes.
     */
    public SearchResult search(SearchRequest request) {
        return recent.get(request, this::searchAnew);
    }

    private SearchResult searchAnew(SearchRequest request) {
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
            Matches matches = run(plan, request);
            if (matches.total() < FEW_HITS && planner.fuzzierThan(plan, text)) {
                QueryPlanner.Plan wider = planner.plan(text, true);
                Matches second = run(wider, request);
                if (second.total() > matches.total()) {
                    plan = wider;
                    matches = second;
                }
            }
            List<SearchHit> hits = hits(page(matches.topDocs(), request.offset()), plan);
            return new SearchResult(request.text(), matches.total(), request.offset(), hits,
                    FacetCounts.of(matches.facets(), request), plan.didYouMean());
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** The top hits of one plan, how many documents match in all, and their facet counts. */
    private record Matches(TopDocs topDocs, int total, Facets facets) {
    }

    private Matches run(QueryPlanner.Plan plan, SearchRequest request) throws IOException {
        DrillSideways.DrillSidewaysResult result = facetCounts.search(searcher, scored(plan), request);
        return new Matches(result.hits, FacetCounts.total(result, request), result.facets);
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

    /** The top docs from the {@code offset}-th on: the page asked for, whose snippets are made. */
    private static TopDocs page(TopDocs topDocs, int offset) {
        ScoreDoc[] all = topDocs.scoreDocs;
        return new TopDocs(topDocs.totalHits,
                java.util.Arrays.copyOfRange(all, Math.min(offset, all.length), all.length));
    }

    private List<SearchHit> hits(TopDocs topDocs, QueryPlanner.Plan plan) throws IOException {
        List<String> snippetsOfHits = snippets.of(topDocs, plan.body());
        List<SearchHit> hits = new ArrayList<>(topDocs.scoreDocs.length);
        for (int i = 0; i < topDocs.scoreDocs.length; i++) {
            ScoreDoc sd = topDocs.scoreDocs[i];
            HitDisplay doc = displayOf(sd.doc);
            hits.add(new SearchHit(doc.target(), doc.target().id(), doc.title(), doc.subtitle(), snippetsOfHits.get(i),
                    sd.score));
        }
        return hits;
    }

    private static SearchResult empty(SearchRequest request, Optional<String> didYouMean) {
        return new SearchResult(request.text(), 0, request.offset(), List.of(), FacetCounts.none(), didYouMean);
    }

    /**
     * Up to {@code request.limit()} completions of its prefix, best first, one per document:
     * every word typed must begin a word of a title, acronym or name. A blank prefix gives none.
     */
    public List<Suggestion> suggest(SuggestRequest request) {
        return autocomplete.suggest(request);
    }

    /**
     * The same as {@link #suggest(SuggestRequest)}.
     *
     * @throws IllegalArgumentException when the limit is outside 1..{@link SuggestRequest#MAX_LIMIT}
     */
    public List<Suggestion> suggest(String prefix, int limit) {
        return suggest(new SuggestRequest(prefix, limit));
    }

    @Override
    public void close() {
        try {
            IOUtils.close(autocomplete, reader, directory, analysis);
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
            ids.add(displayOf(doc).target().id());
        }
        return ids;
    }

    // ----------------------------------------------------------------------------------------
    // What hits show

    /** The part of a document that its hit shows, kept in memory: the index stores nothing. */
    private record HitDisplay(HitTarget target, String title, String subtitle, String body) {
    }

    private HitDisplay displayOf(int doc) {
        return displays.get(positionOfDoc[doc]);
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
}
