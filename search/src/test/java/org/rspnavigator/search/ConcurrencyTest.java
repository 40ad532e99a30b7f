package org.rspnavigator.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.load.CatalogLoader;

/** One instance serves concurrent searches with the same answers as one thread does. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int SEARCHES_PER_THREAD = 200;

    private static final List<SearchRequest> REQUESTS = List.of(SearchRequest.of("dose"), SearchRequest.of("XDS-I"),
            SearchRequest.of("mamo cad"), SearchRequest.of("send images to the EHR"), SearchRequest.of("worklist"),
            SearchRequest.of("PS3.16 TID 10011"), SearchRequest.of("anonymization"), SearchRequest.of("tomosynthsis"),
            SearchRequest.of("images").withFilter(Facet.CATEGORY, java.util.Set.of(Category.CONTENT)).withLimit(50),
            SearchRequest.of("Bildgebung ✓"));

    /** What a search returns, minus floating-point noise in the scores. */
    private record Answer(SearchResult result, List<String> ids, List<Suggestion> suggestions) {
    }

    private static Answer answer(CatalogSearch search, int i) {
        SearchRequest request = REQUESTS.get(i % REQUESTS.size());
        SearchResult result = search.search(request);
        List<Suggestion> suggestions = search.suggest(request.text().substring(0, Math.min(3, request.text().length())), 5);
        return new Answer(result, result.hits().stream().map(SearchHit::id).toList(), suggestions);
    }

    /** With kept results (most answers come from them) and without (every answer is searched). */
    @ParameterizedTest
    @ValueSource(ints = {0, CatalogSearch.DEFAULT_KEPT_RESULTS})
    void concurrentSearchesGiveTheSequentialAnswers(int keptResults) throws Exception {
        try (CatalogSearch search = CatalogSearch.build(CatalogLoader.loadFromClasspath(), keptResults)) {
            List<Answer> expected = new ArrayList<>();
            for (int i = 0; i < REQUESTS.size(); i++) {
                expected.add(answer(search, i));
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < SEARCHES_PER_THREAD; i++) {
                        int which = (i + offset) % REQUESTS.size();
                        Answer got = answer(search, which);
                        if (!got.equals(expected.get(which))) {
                            mismatches.add(REQUESTS.get(which).text());
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                mismatches.addAll(f.get(2, TimeUnit.MINUTES));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            assertThat(mismatches).isEmpty();
        }
    }
}
