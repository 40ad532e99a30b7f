package org.rspnavigator.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.model.load.CatalogLoader;

/**
 * Ranking quality on queries people type, from {@code relevance.tsv}: each query has the ids
 * that are right answers and the rank the best of them must reach. The mean reciprocal rank
 * (over the top 10) is printed and must be at least 0.9; every query must meet its rank.
 */
class RelevanceTest {

    private static CatalogSearch search;

    private static org.rspnavigator.model.Catalog catalog;

    @BeforeAll
    static void build() {
        catalog = CatalogLoader.loadFromClasspath();
        search = CatalogSearch.build(catalog);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    record Case(String query, List<String> expected, int rankAllowed, String why) {
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("relevance.tsv")) {
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                cases.add(new Case(cols[0], Arrays.asList(cols[1].split(",")), Integer.parseInt(cols[2]),
                        cols.length > 3 ? cols[3] : ""));
            }
            return cases;
        }
    }

    @Test
    void meanReciprocalRankOnRealQueries() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(45);
        double sum = 0;
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Case c : cases) {
            List<String> ids = search.search(SearchRequest.of(c.query()).withLimit(10)).hits().stream()
                    .map(h -> h.type() == HitType.PROFILE || h.type() == HitType.ACTOR
                            ? h.withId(SameThing.canonical(catalog, h.id())) : h)
                    .map(SearchHit::id).toList();
            int rank = 0;
            for (int i = 0; i < ids.size(); i++) {
                if (c.expected().contains(ids.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            sum += rank == 0 ? 0 : 1.0 / rank;
            boolean ok = rank != 0 && rank <= c.rankAllowed();
            if (!ok) {
                failures.add(String.format("%-40s rank %s (allowed %d), expected %s, got %s", c.query(),
                        rank == 0 ? "-" : rank, c.rankAllowed(), c.expected(), ids.subList(0, Math.min(5, ids.size()))));
            }
            report.append(String.format("%s %-40s rank %-2s %s%n", ok ? "  " : "!!", c.query(), rank == 0 ? "-" : rank,
                    ids.subList(0, Math.min(3, ids.size()))));
        }
        double mrr = sum / cases.size();
        System.out.print(report);
        System.out.printf("Relevance: %d queries, MRR@10 = %.3f, %d below their rank%n", cases.size(), mrr,
                failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(mrr).as("mean reciprocal rank").isGreaterThanOrEqualTo(0.9);
        assertThat(failures).as("queries below the rank they must reach").isEmpty();
    }
}
