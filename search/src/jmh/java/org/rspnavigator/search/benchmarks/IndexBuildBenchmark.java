package org.rspnavigator.search.benchmarks;

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
import org.rspnavigator.model.Catalog;
import org.rspnavigator.search.CatalogSearch;

/**
 * Time to build the whole index (documents, Lucene index, facet state, autocomplete) from a
 * loaded catalog: the real one, and a synthetic one of 50,000 standards. Each build is timed
 * once (SingleShotTime); the catalog itself is made beforehand.
 */
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBuildBenchmark {

    @Param({"real", "50000"})
    public String catalog;

    private Catalog source;

    @Setup(Level.Trial)
    public void load() {
        source = SearchBenchmark.catalog(catalog);
    }

    @Benchmark
    public int build() {
        try (CatalogSearch search = CatalogSearch.build(source)) {
            return search.size();
        }
    }
}
