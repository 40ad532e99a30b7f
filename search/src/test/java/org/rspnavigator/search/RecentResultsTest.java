package org.rspnavigator.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.load.CatalogLoader;

/** Results of recent requests are given again, the least recently used dropped first; they are what a new search gives. */
class RecentResultsTest {

    /** Counts the computations it is asked for. */
    private static final class Counting implements Function<String, String> {
        final List<String> computed = new ArrayList<>();

        @Override
        public String apply(String key) {
            computed.add(key);
            return key.toUpperCase();
        }
    }

    @Test
    void aKeptResultIsNotComputedAgain() {
        RecentResults<String, String> recent = new RecentResults<>(2, value -> 1);
        Counting compute = new Counting();
        assertThat(recent.get("a", compute)).isEqualTo("A");
        assertThat(recent.get("a", compute)).isEqualTo("A");
        assertThat(compute.computed).containsExactly("a");
    }

    @Test
    void theLeastRecentlyUsedIsDroppedFirst() {
        RecentResults<String, String> recent = new RecentResults<>(2, value -> 1);
        Counting compute = new Counting();
        recent.get("a", compute);
        recent.get("b", compute);
        recent.get("a", compute); // a is now the most recent
        recent.get("c", compute); // drops b
        assertThat(recent.size()).isEqualTo(2);
        recent.get("a", compute);
        recent.get("b", compute);
        assertThat(compute.computed).containsExactly("a", "b", "c", "b");
    }

    @Test
    void largeResultsLeaveRoomForFewer() {
        RecentResults<String, String> recent = new RecentResults<>(9, String::length);
        Counting compute = new Counting();
        recent.get("abcd", compute);
        recent.get("efgh", compute);
        assertThat(recent.weight()).isEqualTo(8);
        recent.get("ijklmn", compute); // 14 > 9: abcd goes (10), then efgh (6)
        assertThat(recent.size()).isEqualTo(1);
        assertThat(recent.weight()).isEqualTo(6);
        recent.get("this one is heavier than all", compute); // never kept
        assertThat(recent.size()).isEqualTo(1);
        recent.get("ijklmn", compute);
        recent.get("this one is heavier than all", compute);
        assertThat(compute.computed).containsExactly("abcd", "efgh", "ijklmn", "this one is heavier than all",
                "this one is heavier than all");
    }

    @Test
    void theIndexKeepsResultsByTheHitsTheyHold() {
        try (CatalogSearch search = CatalogSearch.build(CatalogLoader.loadFromClasspath(), 1)) {
            SearchResult big = search.search(SearchRequest.of("images").withLimit(100));
            assertThat(big.hits()).hasSizeGreaterThan(SearchRequest.DEFAULT_LIMIT);
            assertThat(search.search(SearchRequest.of("images").withLimit(100)))
                    .as("a page larger than the room for one default page is not kept").isNotSameAs(big);
            SearchResult small = search.search(SearchRequest.of("dose"));
            assertThat(search.search(SearchRequest.of("dose"))).isSameAs(small);
        }
    }

    @Test
    void capacityZeroKeepsNothing() {
        RecentResults<String, String> recent = new RecentResults<>(0, value -> 1);
        Counting compute = new Counting();
        recent.get("a", compute);
        recent.get("a", compute);
        assertThat(compute.computed).containsExactly("a", "a");
        assertThat(recent.size()).isZero();
        assertThatThrownBy(() -> new RecentResults<String, String>(-1, value -> 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMemoStopsRememberingAtItsCapacity() {
        Counting compute = new Counting();
        Memo<String, String> memo = new Memo<>(1, compute);
        assertThat(memo.get("a")).isEqualTo("A");
        assertThat(memo.get("b")).isEqualTo("B");
        memo.get("a");
        memo.get("b");
        assertThat(compute.computed).containsExactly("a", "b", "b");
    }

    @Test
    void keptAndFreshResultsAreTheSame() {
        List<SearchRequest> requests = List.of(SearchRequest.of("dose"), SearchRequest.of("mamo cad"),
                SearchRequest.of("tomosynthsis"), SearchRequest.of("send images to the EHR"),
                SearchRequest.of("key images").withOffset(20), SearchRequest.of("XDS-I").withLimit(5));
        try (CatalogSearch keeping = CatalogSearch.build(CatalogLoader.loadFromClasspath());
                CatalogSearch fresh = CatalogSearch.build(CatalogLoader.loadFromClasspath(), 0)) {
            for (SearchRequest request : requests) {
                SearchResult first = keeping.search(request);
                assertThat(keeping.search(request)).as(request.text()).isSameAs(first);
                assertThat(fresh.search(request)).as(request.text()).isEqualTo(first);
                assertThat(fresh.search(request)).as("searched again: " + request.text()).isNotSameAs(fresh.search(request));
            }
            assertThatThrownBy(() -> CatalogSearch.build(CatalogLoader.loadFromClasspath(), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
