package org.rspnavigator.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.load.CatalogLoader;

/** The index's contents, hits, snippets, robustness against any input, facets and did-you-mean. */
class CatalogSearchTest {

    private static Catalog catalog;
    private static CatalogSearch search;

    @BeforeAll
    static void build() {
        catalog = CatalogLoader.loadFromClasspath();
        search = CatalogSearch.build(catalog);
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static SearchResult find(String text) {
        return search.search(SearchRequest.of(text));
    }

    // --- contents and hits

    @Test
    void indexesEveryStandardAndEveryUseCaseRow() throws Exception {
        int rows = catalog.useCases().stream().mapToInt(u -> u.rows().size()).sum();
        int actors = catalog.profiles().stream().mapToInt(p -> p.actors().size()).sum();
        long transactions = catalog.profiles().stream().mapToLong(p -> p.transactions().stream()
                .map(org.rspnavigator.model.ProfileTransaction::id).filter(id -> !id.isEmpty()).distinct().count()).sum();
        assertThat(search.size()).isEqualTo(catalog.standards().size() + rows + catalog.profiles().size() + actors
                + transactions + catalog.systemTypes().size());
        assertThat(search.ids()).contains("ihe-xds-i-b", "device-to-department/1", "enterprise-to-cross-enterprise/1",
                "nmi", "nmi:image-display", "swf-b#RAD-8", "nmi#RAD-8", "xds-b#ITI-41", "system-type:pacs")
                .doesNotHaveDuplicates();
    }

    // --- tasks in people's words

    @Test
    void aLongTextAsksForHalfItsWordsNotForAnyOfThem() {
        assertThat(QueryPlanner.mustMatch(3)).isEqualTo(2);
        assertThat(QueryPlanner.mustMatch(4)).isEqualTo(2);
        assertThat(QueryPlanner.mustMatch(5)).isEqualTo(3);
        // Before, every document mentioning images, sending or the EHR matched (215 of 386).
        SearchResult ehr = find("send images to the EHR");
        assertThat(ehr.total()).isLessThan(search.size() / 10);
        assertThat(ehr.hits().getFirst().id()).isIn("department-to-enterprise/15", "department-to-enterprise/11",
                "enterprise-to-cross-enterprise/1", "ihe-wia", "hl7-oru", "ihe-xds-i-b");
        // Rows for coding systems that say nothing of images are no answer to it.
        List<String> ids = search.search(SearchRequest.of("send images to the EHR").withLimit(100)).hits().stream()
                .map(SearchHit::id).toList();
        assertThat(ids).doesNotContain("department-to-enterprise/2", "department-to-enterprise/3",
                "department-to-enterprise/4");
        // A phrase of the vocabulary counts as one unit: "electronic health record" is the EHR.
        assertThat(find("electronic health record").hits()).isNotEmpty();
        // Two words are not a long text: "images EHR" still finds what has either.
        assertThat(find("images EHR").total()).isGreaterThan(find("send images to the EHR").total());
    }

    @Test
    void aSystemTypeIsLiftedWhenTheTextIsAboutItNotWhenItNamesItInATask() {
        assertThat(find("EHR").hits().getFirst().id()).isEqualTo("system-type:ehr");
        assertThat(find("send images to the EHR").hits().getFirst().type()).isNotEqualTo(HitType.SYSTEM_TYPE);
        assertThat(find("tell the RIS the exam is done").hits().getFirst().type()).isNotEqualTo(HitType.SYSTEM_TYPE);
    }

    @Test
    void aPhraseOfTheVocabularyMatchesAsAPhrase() {
        // "breast x-ray" (mammography) is not "breast" in one name and "x-ray" in another.
        assertThat(find("mammography").hits().getFirst().id()).isIn("ihe-mammo", "mammo");
    }

    // --- paging

    @Test
    void pagesFollowOneAnotherAndShareTheTotalAndFacets() {
        SearchResult whole = search.search(SearchRequest.of("images").withLimit(60));
        assertThat(whole.total()).isGreaterThan(40);
        SearchResult first = find("images");
        SearchResult second = search.search(SearchRequest.of("images").withOffset(20));
        assertThat(first.hits()).hasSize(20);
        assertThat(first.offset()).isZero();
        assertThat(first.first()).isEqualTo(1);
        assertThat(first.last()).isEqualTo(20);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.offset()).isEqualTo(20);
        assertThat(second.first()).isEqualTo(21);
        assertThat(second.last()).isEqualTo(40);
        assertThat(second.total()).isEqualTo(first.total()).isEqualTo(whole.total());
        assertThat(second.facets()).isEqualTo(first.facets());
        List<String> both = new java.util.ArrayList<>(first.hits().stream().map(SearchHit::id).toList());
        both.addAll(second.hits().stream().map(SearchHit::id).toList());
        assertThat(both).isEqualTo(whole.hits().subList(0, 40).stream().map(SearchHit::id).toList());
    }

    @Test
    void theLastPageEndsAtTheTotalAndAnOffsetBeyondItShowsNothing() {
        int total = find("images").total();
        SearchResult last = search.search(SearchRequest.of("images").withOffset(total - 3));
        assertThat(last.hits()).hasSize(3);
        assertThat(last.last()).isEqualTo(total);
        assertThat(last.hasMore()).isFalse();
        SearchResult beyond = search.search(SearchRequest.of("images").withOffset(total + 5));
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(total);
        assertThat(beyond.first()).isZero();
    }

    @Test
    void theOffsetIsBounded() {
        assertThatThrownBy(() -> SearchRequest.of("dose").withOffset(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset");
        assertThatThrownBy(() -> SearchRequest.of("dose").withOffset(SearchRequest.MAX_OFFSET + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SearchRequest.of("dose").withOffset(20).withLimit(5).offset()).isEqualTo(20);
    }

    @Test
    void aStandardHitCarriesItsNamesAndAScoreOrder() {
        SearchResult result = find("XDS-I.b");
        SearchHit hit = result.hits().getFirst();
        assertThat(hit.type()).isEqualTo(HitType.STANDARD);
        assertThat(hit.id()).isEqualTo("ihe-xds-i-b");
        assertThat(hit.title()).isEqualTo("IHE XDS-I.b");
        assertThat(hit.subtitle()).isEqualTo("IHE Cross-enterprise Document Sharing for Imaging Profile");
        assertThat(result.hits()).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
        assertThat(result.text()).isEqualTo("XDS-I.b");
    }

    @Test
    void aUseCaseRowHitNamesItsUseCaseAndSaysWhenItIsDerived() {
        SearchHit derived = find("XDS-I.b").hits().stream().filter(h -> h.type() == HitType.USE_CASE_ROW)
                .findFirst().orElseThrow();
        assertThat(derived.id()).isEqualTo("enterprise-to-cross-enterprise/1");
        assertThat(derived.title()).isEqualTo("IHE XDS-I.b");
        assertThat(derived.subtitle()).isEqualTo("Enterprise to cross-enterprise integration (derived)");

        SearchHit row = search.search(SearchRequest.of("PACS").withFilter(Facet.TYPE, Set.of(HitType.USE_CASE_ROW))
                .withLimit(100)).hits().stream().filter(h -> h.id().startsWith("device-to-department/")).findFirst()
                .orElseThrow();
        assertThat(row.subtitle()).isEqualTo("Device to department integration");
        assertThat(row.snippetHtml()).contains("<mark>PACS</mark>");
    }

    @Test
    void eachHitCarriesWhereItLeads() {
        SearchHit standard = find("XDS-I.b").hits().getFirst();
        assertThat(standard.target()).isEqualTo(new HitTarget.StandardTarget("ihe-xds-i-b"));
        SearchHit row = find("XDS-I.b").hits().stream().filter(h -> h.type() == HitType.USE_CASE_ROW).findFirst()
                .orElseThrow();
        assertThat(row.target()).isEqualTo(new HitTarget.UseCaseRowTarget("enterprise-to-cross-enterprise", 1));
        List<SearchHit> nmi = search.search(SearchRequest.of("Image Display NMI").withLimit(100)).hits();
        assertThat(nmi).extracting(SearchHit::target).contains(new HitTarget.ProfileTarget("nmi"),
                new HitTarget.ActorTarget("nmi", "image-display"));
        assertThat(nmi).allMatch(h -> h.target().id().equals(h.id()) && h.target().type() == h.type());
    }

    @Test
    void profilesThePortfolioDoesNotRateAreFoundAndSaySo() {
        for (String text : List.of("IID", "Invoke Image Display", "PIXm", "IUA", "MADO")) {
            SearchHit first = find(text).hits().getFirst();
            assertThat(first.type()).as(text).isEqualTo(HitType.PROFILE);
            assertThat(first.subtitle()).as(text).endsWith(" · Not rated by ISO 21860");
        }
        assertThat(find("Invoke Image Display").hits().getFirst().target()).isEqualTo(new HitTarget.ProfileTarget("iid"));
        SearchHit rated = find("XDS.b").hits().stream().filter(h -> h.type() == HitType.PROFILE).findFirst()
                .orElseThrow();
        assertThat(rated.subtitle()).doesNotContain("Not rated");
    }

    @Test
    void standardsComeBeforeTheRowsNamingThem() {
        for (String text : List.of("DICOM TLS", "IHE ATNA", "LOINC", "IHE BPPC", "DICOMweb", "encryption")) {
            List<SearchHit> hits = find(text).hits();
            int firstStandard = indexOf(hits, HitType.STANDARD);
            int firstRow = indexOf(hits, HitType.USE_CASE_ROW);
            assertThat(firstStandard).as(text).isLessThan(firstRow);
        }
    }

    @Test
    void rowsComeFirstWhenTheTextNamesASystem() {
        assertThat(find("send images to the EHR").hits().getFirst().type()).isEqualTo(HitType.USE_CASE_ROW);
        // A text that is only the system's name finds its system type, then the rows concerning it.
        for (String system : List.of("PACS", "VNA")) {
            List<SearchHit> hits = find(system).hits();
            assertThat(hits.getFirst().type()).as(system).isEqualTo(HitType.SYSTEM_TYPE);
            assertThat(hits.get(1).type()).as(system).isEqualTo(HitType.USE_CASE_ROW);
        }
    }

    private static int indexOf(List<SearchHit> hits, HitType type) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).type() == type) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    // --- snippets

    @Test
    void snippetsMarkMatchedWordsInTheBody() {
        SearchHit hit = find("tomosynthesis").hits().getFirst();
        assertThat(hit.id()).isEqualTo("ihe-dbt");
        // A phrase of the vocabulary ("breast tomosynthesis") is marked as one.
        assertThat(hit.snippetHtml()).containsPattern("(?i)<mark>(breast )?tomosynthesis</mark>");
    }

    @Test
    void snippetsMarkSynonymsToo() {
        // EKG is not in the text; its synonyms ECG and electrocardiogram are.
        SearchHit hit = find("EKG").hits().getFirst();
        assertThat(hit.id()).isEqualTo("dicom-ecg-iods");
        assertThat(hit.snippetHtml()).contains("<mark>ECG</mark>").containsPattern("<mark>electrocardiograms?</mark>");
    }

    @Test
    void snippetFallsBackToTheStartOfTheScope() {
        // "XDSI" is an acronym: nothing in the scope matches it.
        SearchHit hit = find("XDSI").hits().getFirst();
        Standard xdsi = catalog.standard("ihe-xds-i-b").orElseThrow();
        assertThat(hit.snippetHtml()).doesNotContain("<mark>").isNotBlank();
        assertThat(xdsi.scope().replaceAll("\\s+", " ")).startsWith(hit.snippetHtml().replace(" …", "").strip());
    }

    @Test
    void snippetsAreEscapedAndCarryNoOtherMarkup() {
        for (String text : List.of("HL7", "CDA", "dose", "PACS", "XML", "patient", "report")) {
            for (SearchHit hit : find(text).hits()) {
                String withoutMarks = hit.snippetHtml().replace("<mark>", "").replace("</mark>", "");
                assertThat(withoutMarks).as(hit.id()).doesNotContain("<", ">");
                assertThat(hit.snippetHtml().split("<mark>", -1).length)
                        .isEqualTo(hit.snippetHtml().split("</mark>", -1).length);
            }
        }
        assertThat(Snippets.fallbackSnippet("a <b>bold</b> & \"quoted\" 'text'"))
                .isEqualTo("a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#39;text&#39;");
    }

    @Test
    void markdownIsStrippedFromIndexedText() {
        assertThat(PlainText.of("Uses `LN` and **bold** and [a link](https://example.org).\n\n- item"))
                .isEqualTo("Uses LN and bold and a link. item");
    }

    // --- robustness: the text is analysed, never parsed

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"XDS", "*", "xds*", "AND", "OR", "NOT NOT", "(", ")", "(xds", "::", "title:xds",
            "a:b:c", "+-&&||!(){}[]^\"~*?:\\/", "~", "?", "\\", "[", "{", "xds~2", "dose^10", "Bildgebung ✓",
            "🙂", "影像", "Röntgen", "%", "'", "--", "...", "-", "/", "0", "00000000000000000000", "<script>alert(1)</script>"})
    void anyTextIsHarmless(String text) {
        assertThatCode(() -> search.search(SearchRequest.of(text))).doesNotThrowAnyException();
        assertThatCode(() -> search.suggest(text, 10)).doesNotThrowAnyException();
    }

    @Test
    void textThatAnalysesToNothingFindsNothing() {
        for (String text : List.of("::", "...", "?!", "the", "AND OR NOT", "✓", "🙂")) {
            SearchResult result = find(text);
            assertThat(result.total()).as(text).isZero();
            assertThat(result.hits()).isEmpty();
            assertThat(result.facets()).containsOnlyKeys(Facet.TYPE, Facet.CATEGORY, Facet.GROUP, Facet.MATURITY);
        }
    }

    @Test
    void operatorsAreWordsNotSyntax() {
        // "NOT" does not exclude, "AND" does not require, quotes and stars are dropped.
        assertThat(find("XDS NOT imaging").hits().stream().map(SearchHit::id)).contains("ihe-xds-i-b");
        assertThat(find("\"XDS-I.b\"").hits().getFirst().id()).isEqualTo("ihe-xds-i-b");
        assertThat(find("dose*").hits().getFirst().id()).isIn("ihe-rem", "dicom-ct-rdsr", "dicom-xray-rdsr");
    }

    @Test
    void longTextIsSearchedNotRejected() {
        String words = "dose worklist audit consent ".repeat(8);
        String text = words.substring(0, SearchRequest.MAX_TEXT);
        assertThat(text).hasSize(200);
        SearchResult result = find(text);
        assertThat(result.total()).isPositive();
        String letters = "x".repeat(200);
        assertThatCode(() -> find(letters)).doesNotThrowAnyException();
        String punctuation = "-.".repeat(100);
        assertThatCode(() -> find(punctuation)).doesNotThrowAnyException();
    }

    @Test
    void blankOrTooLongTextIsRejectedByTheRequest() {
        assertThatThrownBy(() -> SearchRequest.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("dose").withLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("dose").withLimit(101)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- facets

    @Test
    void facetCountsAddUpToTheTotal() {
        for (String text : List.of("dose", "images", "PACS", "XDS", "workflow")) {
            SearchResult result = find(text);
            assertThat(result.facets()).containsOnlyKeys(Facet.TYPE, Facet.CATEGORY, Facet.GROUP, Facet.MATURITY);
            // Every document has a type; profiles the portfolio does not list (CT, PIX) and their
            // actors have no category, group or maturity.
            assertThat(result.facets().get(Facet.TYPE).stream().mapToInt(FacetCount::count).sum()).as(text)
                    .isEqualTo(result.total());
            for (Map.Entry<Facet, List<FacetCount>> facet : result.facets().entrySet()) {
                assertThat(facet.getValue().stream().mapToInt(FacetCount::count).sum())
                        .as("%s: %s", text, facet.getKey()).isLessThanOrEqualTo(result.total()).isPositive();
            }
            assertThat(result.total()).isGreaterThanOrEqualTo(result.hits().size());
        }
    }

    @Test
    void facetsAreNamedByTheirSlugs() {
        assertThat(Facet.values()).extracting(Facet::slug).containsExactly("type", "category", "group", "maturity");
        assertThat(Facet.values()).extracting(Facet::label)
                .containsExactly("Type", "Category", "Assessment group", "Maturity");
    }

    @Test
    void facetValuesAreVocabularySlugsWithLabels() {
        SearchResult result = find("dose");
        assertThat(result.facets().get(Facet.TYPE)).extracting(FacetCount::value)
                .containsSubsequence("standard", "use-case-row")
                .isSubsetOf("standard", "use-case-row", "profile", "actor", "transaction", "system-type");
        assertThat(result.facets().get(Facet.TYPE)).extracting(FacetCount::label).contains("Standard", "Use-case row");
        assertThat(result.facets().get(Facet.CATEGORY)).extracting(FacetCount::value).contains("content", "technical-workflow");
        assertThat(result.facets().get(Facet.CATEGORY)).extracting(FacetCount::label).contains("Content standards");
        assertThat(result.facets().get(Facet.GROUP)).extracting(FacetCount::value).isSubsetOf("preferred", "legacy", "emerging");
        assertThat(result.facets().get(Facet.MATURITY)).extracting(FacetCount::value)
                .isSubsetOf("published-draft", "trial", "final", "retired");
        assertThat(result.facets().get(Facet.CATEGORY)).allMatch(c -> c.count() > 0);
    }

    @Test
    void filteringByTypeCategoryGroupAndMaturityNarrowsTheHits() {
        SearchResult all = find("images");
        SearchResult standards = search.search(request("images", Set.of(HitType.STANDARD), Set.of(), Set.of(), Set.of()));
        assertThat(standards.total()).isLessThan(all.total()).isPositive();
        assertThat(standards.hits()).allMatch(h -> h.type() == HitType.STANDARD);

        SearchResult content = search.search(request("images", Set.of(), Set.of(Category.CONTENT), Set.of(), Set.of()));
        assertThat(content.total()).isLessThan(all.total()).isPositive();
        assertThat(content.hits()).allMatch(h -> categoryOf(h) == Category.CONTENT);

        SearchResult emerging = search.search(request("images", Set.of(HitType.STANDARD), Set.of(),
                Set.of(AssessmentGroup.EMERGING), Set.of()));
        assertThat(emerging.total()).isLessThan(standards.total()).isPositive();
        assertThat(emerging.hits()).allMatch(h -> catalog.standard(h.id()).orElseThrow().group() == AssessmentGroup.EMERGING);

        SearchResult trial = search.search(request("images", Set.of(), Set.of(), Set.of(), Set.of(Maturity.TRIAL)));
        assertThat(trial.hits()).isNotEmpty().allMatch(h -> maturityOf(h) == Maturity.TRIAL);
    }

    @Test
    void aFacetCountsWithTheOtherFacetsFiltersButNotItsOwn() {
        // Drill sideways: with category=content selected, the category counts still show the other
        // categories (so the user can widen the choice), while the type counts are those of content only.
        SearchResult all = find("dose");
        SearchResult content = search.search(request("dose", Set.of(), Set.of(Category.CONTENT), Set.of(), Set.of()));
        assertThat(content.facets().get(Facet.CATEGORY)).isEqualTo(all.facets().get(Facet.CATEGORY));
        int contentCount = count(all, Facet.CATEGORY, "content");
        assertThat(content.total()).isEqualTo(contentCount);
        assertThat(content.facets().get(Facet.TYPE).stream().mapToInt(FacetCount::count).sum()).isEqualTo(contentCount);

        // Two categories: their counts add up to the total.
        SearchResult two = search.search(request("dose", Set.of(), Set.of(Category.CONTENT, Category.TECHNICAL_WORKFLOW),
                Set.of(), Set.of()));
        assertThat(two.total()).isEqualTo(contentCount + count(all, Facet.CATEGORY, "technical-workflow"));

        // A selected value with no hits is still listed, with 0.
        SearchResult none = search.search(request("dose", Set.of(), Set.of(Category.DATA), Set.of(), Set.of()));
        assertThat(none.total()).isZero();
        assertThat(none.facets().get(Facet.CATEGORY)).contains(new FacetCount("data", "Data standards", 0));
    }

    private static int count(SearchResult result, Facet facet, String value) {
        return result.facets().get(facet).stream().filter(f -> f.value().equals(value)).mapToInt(FacetCount::count)
                .sum();
    }

    private static SearchRequest request(String text, Set<HitType> types, Set<Category> categories,
            Set<AssessmentGroup> groups, Set<Maturity> maturities) {
        return SearchRequest.of(text).withFilter(Facet.TYPE, types).withFilter(Facet.CATEGORY, categories)
                .withFilter(Facet.GROUP, groups).withFilter(Facet.MATURITY, maturities).withLimit(SearchRequest.MAX_LIMIT);
    }

    private static Category categoryOf(SearchHit hit) {
        return standardOf(hit).category();
    }

    private static Maturity maturityOf(SearchHit hit) {
        return standardOf(hit).maturity();
    }

    /** The standard itself, the first one a row names, or the portfolio entry of a profile, actor or transaction. */
    private static Standard standardOf(SearchHit hit) {
        if (hit.type() == HitType.STANDARD) {
            return catalog.standard(hit.id()).orElseThrow();
        }
        if (hit.target() instanceof HitTarget.TransactionTarget t) {
            return catalog.profile(t.profile()).flatMap(p -> p.portfolioEntry()).orElseThrow();
        }
        if (hit.type() == HitType.PROFILE || hit.type() == HitType.ACTOR) {
            return catalog.profile(hit.id().split(":")[0]).flatMap(p -> p.portfolioEntry()).orElseThrow();
        }
        String[] parts = hit.id().split("/");
        return catalog.useCase(parts[0]).orElseThrow().rows().get(Integer.parseInt(parts[1]) - 1).standards().getFirst();
    }

    @Test
    void limitCapsTheHitsButNotTheTotal() {
        SearchResult few = search.search(SearchRequest.of("images").withLimit(3));
        assertThat(few.hits()).hasSize(3);
        assertThat(few.total()).isEqualTo(find("images").total()).isGreaterThan(3);
    }

    // --- did you mean

    @Test
    void didYouMeanIsOfferedForMisspeltWords() {
        assertThat(find("mamo cad").didYouMean()).contains("mammo cad");
        assertThat(find("worklsit").didYouMean()).contains("worklist");
        assertThat(find("tomosynthsis").didYouMean()).contains("tomosynthesis");
        // Only the misspelt word changes; the rest stays as typed.
        assertThat(find("Mamo CAD").didYouMean()).contains("mammo CAD");
    }

    @Test
    void didYouMeanIsNotOfferedForKnownWords() {
        for (String text : List.of("mammography", "mammo cad", "send images to the EHR", "XDS-I.b", "dose", "PS3.16",
                "anonymized", "worklists", "exchanging")) {
            assertThat(find(text).didYouMean()).as(text).isEmpty();
        }
    }

    @Test
    void typosStillFindTheirStandard() {
        assertThat(find("mamo cad").hits().getFirst().id()).isEqualTo("dicom-mammo-cad");
        assertThat(find("dicomwb").hits().getFirst().id()).isEqualTo("dicomweb");
        assertThat(find("consnet").hits().getFirst().id()).isEqualTo("ihe-bppc");
    }

    // --- other documents

    @Test
    void anotherKindOfDocumentJoinsWithoutChangesToTheQueries() {
        SearchDocumentSource profiles = c -> List.of(new SearchDocument(new HitTarget.StandardTarget("example-profile"),
                "Example Profile", "An example", List.of("EXP"), List.of(), List.of("Example profile"), List.of("PACS"),
                "A profile for testing extension of the index.", List.of(), List.of(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), 1f,
                List.of(new SearchDocument.Completion("Example Profile", "Example Profile", 1))));
        List<SearchDocumentSource> sources = new java.util.ArrayList<>(List.of(new StandardDocuments(),
                new UseCaseRowDocuments(), new ProfileDocuments(), new TransactionDocuments(), new SystemTypeDocuments()));
        sources.add(profiles);
        try (CatalogSearch extended = CatalogSearch.build(catalog, sources)) {
            assertThat(extended.size()).isEqualTo(search.size() + 1);
            assertThat(extended.search(SearchRequest.of("EXP")).hits().getFirst().id()).isEqualTo("example-profile");
            assertThat(extended.suggest("examp", 5)).extracting(Suggestion::id).containsExactly("example-profile");
            // No category: counted under type, absent from the category counts.
            SearchResult result = extended.search(SearchRequest.of("EXP"));
            assertThat(result.facets().get(Facet.CATEGORY)).isEmpty();
        }
    }

    @Test
    void aTransactionIsAHitOfItsOwnLeadingToItsProfile() {
        SearchHit rad8 = find("RAD-8").hits().getFirst();
        assertThat(rad8.type()).isEqualTo(HitType.TRANSACTION);
        assertThat(rad8.target()).isEqualTo(new HitTarget.TransactionTarget("swf-b", "RAD-8"));
        assertThat(rad8.id()).isEqualTo("swf-b#RAD-8");
        assertThat(rad8.title()).isEqualTo("RAD-8 Modality Images Stored");
        assertThat(rad8.subtitle()).contains("SWF.b");
        assertThat(find("rad-8").hits().getFirst().id()).isEqualTo("swf-b#RAD-8");
        // By number and name, and by name alone.
        assertThat(find("ITI-41 Provide and Register").hits().getFirst().id()).isEqualTo("xds-b#ITI-41");
        assertThat(find("Modality Images Stored").hits().subList(0, 3)).extracting(SearchHit::type)
                .contains(HitType.TRANSACTION);
        // The type facet counts and filters transactions.
        SearchResult onlyTransactions = search.search(SearchRequest.of("RAD-8")
                .withFilter(Facet.TYPE, List.of(HitType.TRANSACTION)).withLimit(50));
        assertThat(onlyTransactions.hits()).isNotEmpty().allMatch(h -> h.type() == HitType.TRANSACTION);
        assertThat(onlyTransactions.hits()).extracting(SearchHit::id).contains("swf-b#RAD-8", "nmi#RAD-8", "mammo#RAD-8");
    }

    @Test
    void aTransactionSeveralProfilesListIsFirstFoundInTheProfileListingMostTransactions() {
        Map<String, String> homes = TransactionDocuments.homes(catalog.profiles());
        assertThat(homes.get("RAD-8")).isEqualTo("swf-b");
        assertThat(homes.get("ITI-41")).isEqualTo("xds-b");
        // Every transaction has exactly one home, among the profiles listing it.
        homes.forEach((transaction, profile) -> assertThat(catalog.profile(profile).orElseThrow().transactions())
                .extracting(org.rspnavigator.model.ProfileTransaction::id).contains(transaction));
    }

    @Test
    void aSystemTypeIsAHitOfItsOwn() {
        SearchHit pacs = find("what does a PACS play").hits().getFirst();
        assertThat(pacs.type()).isEqualTo(HitType.SYSTEM_TYPE);
        assertThat(pacs.target()).isEqualTo(new HitTarget.SystemTypeTarget("pacs"));
        assertThat(pacs.id()).isEqualTo("system-type:pacs");
        assertThat(pacs.title()).isEqualTo("PACS");
        assertThat(find("PACS").hits().subList(0, 2)).extracting(SearchHit::id).contains("system-type:pacs");
        assertThat(find("EHR").hits().subList(0, 2)).extracting(SearchHit::id).contains("system-type:ehr");
        assertThat(find("Picture Archiving and Communication System").hits().subList(0, 3)).extracting(SearchHit::id)
                .contains("system-type:pacs");
        assertThat(search.suggest("PAC", 5)).extracting(Suggestion::id).contains("system-type:pacs");
    }

    @Test
    void aLargeIndexBuiltByManyThreadsFindsEachDocument() {
        // From 2,000 documents on the index is written by several threads into several segments.
        List<SearchDocument> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            docs.add(new SearchDocument(new HitTarget.StandardTarget("doc-" + i), "Title " + i, "Subtitle " + i,
                    List.of("KEY" + i), List.of(), List.of("Name " + i), List.of(), "Body of document number " + i + ".",
                    List.of(), List.of(), java.util.Optional.of(Category.values()[i % 5]), java.util.Optional.empty(),
                    java.util.Optional.empty(), 1f, List.of(new SearchDocument.Completion("Title " + i, "Title " + i, i))));
        }
        try (CatalogSearch large = CatalogSearch.of(docs, List.of())) {
            assertThat(large.size()).isEqualTo(3000);
            assertThat(large.ids()).hasSize(3000).doesNotHaveDuplicates();
            for (int i : new int[] {0, 1, 1234, 2999}) {
                SearchHit hit = large.search(SearchRequest.of("KEY" + i)).hits().getFirst();
                assertThat(hit.id()).isEqualTo("doc-" + i);
                assertThat(hit.title()).isEqualTo("Title " + i);
                assertThat(hit.subtitle()).isEqualTo("Subtitle " + i);
                assertThat(large.search(SearchRequest.of("document " + i)).hits().getFirst().snippetHtml())
                        .isEqualTo("Body of <mark>document</mark> number <mark>" + i + "</mark>.");
            }
            SearchResult all = large.search(SearchRequest.of("document").withLimit(100));
            assertThat(all.total()).isEqualTo(3000);
            assertThat(all.facets().get(Facet.CATEGORY)).extracting(FacetCount::count).containsOnly(600);
        }
    }

    @Test
    void duplicateIdsAreRefused() {
        SearchDocument doc = StandardDocuments.document(catalog.standards().getFirst(), List.of());
        assertThatThrownBy(() -> CatalogSearch.of(List.of(doc, doc), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(doc.id());
    }
}
