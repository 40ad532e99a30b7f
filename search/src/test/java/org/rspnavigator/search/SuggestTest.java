package org.rspnavigator.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rspnavigator.model.load.CatalogLoader;

/** Autocomplete from titles, acronyms and formal names. */
class SuggestTest {

    private static CatalogSearch search;

    @BeforeAll
    static void build() {
        search = CatalogSearch.build(CatalogLoader.loadFromClasspath());
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static List<String> ids(String prefix) {
        return search.suggest(prefix, 10).stream().map(Suggestion::id).toList();
    }

    @Test
    void rdsOffersTheRadiationDoseSrs() {
        List<Suggestion> suggestions = search.suggest("rds", 10);
        assertThat(suggestions).extracting(Suggestion::id).contains("dicom-ct-rdsr", "dicom-xray-rdsr", "dicom-rrdsr");
        assertThat(suggestions).extracting(Suggestion::text).contains("DICOM CT RDSR", "DICOM X-Ray RDSR", "DICOM RRDSR");
        assertThat(suggestions).allMatch(s -> s.type() == HitType.STANDARD);
    }

    @Test
    void xdsOffersTheSharingProfiles() {
        assertThat(ids("xds").subList(0, 2)).containsExactlyInAnyOrder("ihe-xds-b", "ihe-xds-i-b");
        assertThat(ids("xds-i")).first().isEqualTo("ihe-xds-i-b");
    }

    @Test
    void nucOffersNuclearMedicine() {
        List<Suggestion> suggestions = search.suggest("nuc", 10);
        assertThat(suggestions).extracting(Suggestion::id).contains("ihe-nmi", "ihe-rem-nm");
        assertThat(suggestions).extracting(Suggestion::text).anyMatch(t -> t.contains("Nuclear Medicine"));
    }

    @Test
    void everyWordTypedMustBeginAWord() {
        assertThat(ids("radiation dose")).contains("dicom-ct-rdsr", "dicom-xray-rdsr").doesNotContain("ihe-xds-b");
        assertThat(ids("key im")).contains("ihe-kin", "dicom-kos");
    }

    @Test
    void acronymsLeadToTheirStandardShownByItsTitle() {
        Suggestion atna = search.suggest("atna", 5).getFirst();
        assertThat(atna.id()).isEqualTo("ihe-atna");
        assertThat(atna.text()).isEqualTo("IHE ATNA");
    }

    @Test
    void eachDocumentIsOfferedOnceAndTheLimitHolds() {
        List<Suggestion> suggestions = search.suggest("dicom", 5);
        assertThat(suggestions).hasSize(5);
        assertThat(suggestions).extracting(Suggestion::id).doesNotHaveDuplicates();
        assertThat(search.suggest("d", SuggestRequest.MAX_LIMIT)).extracting(Suggestion::id).doesNotHaveDuplicates();
    }

    @Test
    void blankPrefixOffersNothingAndBadLimitsAreRefused() {
        assertThat(search.suggest("", 10)).isEmpty();
        assertThat(search.suggest("   ", 10)).isEmpty();
        assertThat(search.suggest(null, 10)).isEmpty();
        assertThat(search.suggest("zzzzqqq", 10)).isEmpty();
        assertThatThrownBy(() -> search.suggest("xds", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.suggest("xds", 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
