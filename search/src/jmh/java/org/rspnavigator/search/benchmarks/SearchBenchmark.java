package org.rspnavigator.search.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.search.CatalogSearch;
import org.rspnavigator.search.SearchRequest;
import org.rspnavigator.search.SearchResult;
import org.rspnavigator.search.Suggestion;

/**
 * Latency of one search (ranked hits, facet counts, did-you-mean and snippets of the first 20)
 * and of one autocomplete, cycling through {@link Queries}, over the real catalog (83 standards
 * and 70 use-case rows) and over a synthetic catalog of 50,000 standards. SampleTime mode
 * reports the percentiles (p0.50, p0.99) of the mix.
 */
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {

    /** "real", or the number of synthetic standards. */
    @Param({"real", "50000"})
    public String catalog;

    /**
     * How many recent results the index keeps ({@link CatalogSearch#DEFAULT_KEPT_RESULTS} in the
     * application): with it, the mix repeats and is answered from kept results after its first
     * round; with 0, every search is made anew, as a text nobody has asked for recently is.
     */
    @Param({"1024", "0"})
    public int keptResults;

    private CatalogSearch search;
    private List<SearchRequest> requests;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        search = CatalogSearch.build(catalog(catalog), keptResults);
        requests = Queries.MIX.stream().map(SearchRequest::of).toList();
    }

    static Catalog catalog(String which) {
        Catalog real = CatalogLoader.loadFromClasspath();
        return which.equals("real") ? real : SyntheticCatalog.of(real, Integer.parseInt(which), 21860);
    }

    @TearDown(Level.Trial)
    public void close() {
        search.close();
    }

    @Benchmark
    public SearchResult search() {
        SearchRequest request = requests.get(next);
        next = (next + 1) % requests.size();
        return search.search(request);
    }

    @Benchmark
    public List<Suggestion> suggest() {
        String prefix = Queries.PREFIXES.get(next % Queries.PREFIXES.size());
        next = (next + 1) % requests.size();
        return search.suggest(prefix, 8);
    }
}
