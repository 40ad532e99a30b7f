package org.rspnavigator.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.SynonymGroup;
import org.rspnavigator.model.load.CatalogLoader;

/** Identifiers in all their spellings, stemming, synonyms both ways, and the vocabulary's own rules. */
class AnalysisTest {

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

    /** The hits' ids, a profile counted as its portfolio entry (see {@link SameThing}). */
    private static List<String> ids(String text) {
        return search.search(SearchRequest.of(text)).hits().stream().map(SearchHit::id)
                .map(id -> SameThing.canonical(catalog, id)).toList();
    }

    private static String first(String text) {
        List<String> ids = ids(text);
        assertThat(ids).as("hits for '%s'", text).isNotEmpty();
        return ids.getFirst();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            XDS-I.b      | ihe-xds-i-b
            XDS-I        | ihe-xds-i-b
            XDSI         | ihe-xds-i-b
            xds i b      | ihe-xds-i-b
            xds-ib       | ihe-xds-i-b
            SWF.b        | ihe-swf-b
            SWFb         | ihe-swf-b
            swf b        | ihe-swf-b
            OB/Gyn       | dicom-obgyn-sr
            obgyn        | dicom-obgyn-sr
            OB-GYN SR    | dicom-obgyn-sr
            WADO-RS      | dicomweb
            wadors       | dicomweb
            wado rs      | dicomweb
            C-STORE      | dicom-dimse-services
            cstore       | dicom-dimse-services
            c store      | dicom-dimse-services
            C-FIND       | dicom-dimse-services
            PS3.16 TID 10011 | dicom-ct-rdsr
            PS3 16 TID 10011 | dicom-ct-rdsr
            TID 10011    | dicom-ct-rdsr
            TID10011     | dicom-ct-rdsr
            ICD-10       | icd-10
            ICD10        | icd-10
            icd 10       | icd-10
            ICD-11       | icd-11
            REM-NM       | ihe-rem-nm
            REMNM        | ihe-rem-nm
            rem nm       | ihe-rem-nm
            IRWF.b       | ihe-irwf-b
            ORU^R01      | hl7-oru
            ORU R01      | hl7-oru
            PS3.14       | dicom-gsdf
            PS3.10       | dicom-part-10
            5.4.1.4      | ihe-xds-i-b
            """)
    void identifierVariantsFindTheirStandard(String text, String id) {
        assertThat(first(text)).isEqualTo(id);
    }

    @Test
    void variantsOfOneIdentifierGiveTheSameFirstHit() {
        for (List<String> spellings : List.of(List.of("XDS-I.b", "XDS-I", "XDSI", "xds-i.b"),
                List.of("SWF.b", "SWFb", "swf.b"), List.of("OB/Gyn", "obgyn", "OB-GYN"),
                List.of("C-STORE", "cstore", "C-Store"), List.of("ICD-10", "ICD10", "icd-10"))) {
            assertThat(spellings.stream().map(AnalysisTest::first).distinct()).as("%s", spellings).hasSize(1);
        }
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() {
        // "exchanging images" meets "exchange", "image" and "images" in the catalog's prose.
        List<String> ids = ids("exchanging images");
        assertThat(ids).isNotEmpty();
        assertThat(ids.subList(0, Math.min(10, ids.size())))
                .containsAnyOf("ihe-xds-i-b", "ihe-xca-i", "dicom-dimse-services", "dicomweb", "ihe-pdi", "dicom-part-10");
        assertThat(first("worklists")).isEqualTo("dicom-mwl");
        assertThat(first("anonymized")).isEqualTo("dicom-deidentification");
        assertThat(first("consents")).isEqualTo("ihe-bppc");
        assertThat(first("calibrating monitors")).isIn("dicom-gsdf", "ihe-cpi");
    }

    @Test
    void dotsBetweenLettersSplitWordsInProse() {
        try (Analysis analysis = new Analysis(List.of())) {
            assertThat(Analysis.terms(analysis.englishIndexAnalyzer(), Fields.NAMES, "Scheduled Workflow.b, XDS.b e.g. PS3.16"))
                    .containsExactly("schedul", "workflow", "b", "xd", "b", "e", "g", "ps3.16");
        }
        // Offsets stay on the pieces, so highlighting marks the right characters.
        assertThat(search.search(SearchRequest.of("XDS")).hits()).extracting(SearchHit::snippetHtml)
                .anyMatch(snippet -> snippet.contains("<mark>XDS</mark>.b"));
    }

    @Test
    void imagingIsNotStemmedToImage() {
        // "imaging" is in nearly every entry; "images" must not match all of it.
        try (Analysis analysis = new Analysis(List.of())) {
            assertThat(Analysis.terms(analysis.englishIndexAnalyzer(), Fields.BODY, "imaging images image"))
                    .containsExactly("imaging", "imag", "imag");
        }
    }

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            dose                      | RDSR                      | dicom-ct-rdsr
            worklist                  | MWL                       | dicom-mwl
            nuclear medicine          | NM                        | ihe-nmi
            audit                     | ATNA                      | ihe-atna
            anonymization             | de-identification         | dicom-deidentification
            consent                   | BPPC                      | ihe-bppc
            mammography               | mammo                     | ihe-mammo
            tomosynthesis             | DBT                       | ihe-dbt
            ECG                       | electrocardiogram         | dicom-ecg-iods
            patient registration      | ADT                       | hl7-adt
            health information exchange | XDS                     | ihe-xds-b
            """)
    void synonymsWorkBothWays(String word, String synonym, String id) {
        assertThat(ids(word).subList(0, 3)).as(word).contains(id);
        assertThat(ids(synonym).subList(0, 3)).as(synonym).contains(id);
    }

    @Test
    void multiWordSynonymsMatchAsAPhrase() {
        // "radiation dose" is a synonym of RDSR and REM; "radiation exposure monitoring" of "dose monitoring".
        assertThat(first("radiation dose")).isIn("dicom-ct-rdsr", "dicom-xray-rdsr", "ihe-rem");
        assertThat(first("dose monitoring")).isEqualTo("ihe-rem");
        // The EHR is a system: its system type, then the use-case rows concerning it.
        for (String ehr : List.of("electronic health record", "EMR")) {
            List<String> ids = ids(ehr);
            assertThat(ids.getFirst()).as(ehr).isEqualTo("system-type:ehr");
            assertThat(concernsEhr(ids.get(1))).as(ehr).isTrue();
        }
        // A word of a multi-word synonym alone does not trigger it.
        assertThat(ids("radiation").subList(0, 5)).doesNotContain("dicom-mwl");
    }

    private static boolean concernsEhr(String rowId) {
        String[] parts = rowId.split("/");
        return parts.length == 2 && catalog.useCase(parts[0]).orElseThrow().rows()
                .get(Integer.parseInt(parts[1]) - 1).concerns("EHR");
    }

    @Test
    void vocabularyTermsHoldNoStopWordAndAnalyseToWords() {
        assertThat(catalog.synonyms()).hasSizeGreaterThanOrEqualTo(40);
        for (SynonymGroup group : catalog.synonyms()) {
            for (String term : group.terms()) {
                List<String> words = Analysis.synonymWords(term);
                assertThat(words).as("'%s' (%s)", term, group.source()).isNotEmpty();
                assertThat(words).as("'%s' (%s) holds a stop word", term, group.source())
                        .noneMatch(w -> Analysis.STOP_WORDS.contains(w));
            }
        }
    }

    @Test
    void anAcronymOfTheVocabularyIsAWholeTokenNotAStemmedWord() {
        // Stemmed, "UPS" would be "up", and the worklist group would match every "follow-up".
        try (Analysis analysis = new Analysis(List.of(new SynonymGroup(List.of("worklist", "MWL", "UPS"), "test")))) {
            assertThat(Analysis.terms(analysis.englishIndexAnalyzer(), Fields.BODY, "follow-up UPS ups worklists"))
                    .containsExactly("follow", "up", "ups", "ups", "worklist");
            assertThat(Analysis.terms(analysis.queryAnalyzer(), Fields.BODY, "worklist")).contains("ups")
                    .doesNotContain("up");
            assertThat(Analysis.terms(analysis.queryAnalyzer(), Fields.BODY, "follow-up"))
                    .containsExactly("follow", "up");
        }
        // Only capitals make an acronym: "worklist", "Playbook", "StgCmt" or "3D printing" are not.
        assertThat(List.of("UPS", "MWL", "RDSR", "MR", "KOS")).allMatch(Analysis::isAcronym);
        assertThat(List.of("worklist", "Playbook", "StgCmt", "3D printing", "X-ray", "B")).noneMatch(Analysis::isAcronym);
    }

    @Test
    void everyAcronymOfTheCatalogVocabularyAnalysesToItself() {
        for (SynonymGroup group : catalog.synonyms()) {
            for (String term : group.terms()) {
                if (Analysis.isAcronym(term)) {
                    assertThat(Analysis.synonymWords(term)).as("'%s' (%s)", term, group.source())
                            .containsExactly(term.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    @Test
    void worklistFindsTheWorkflowStandardsAndNothingAboutFollowUp() {
        // "UPS" (Unified Procedure Step) is in the worklist group; stemmed to "up" it matched
        // every "follow-up" and put Breast Imaging SR above SWF.b and MPPS.
        List<String> ids = search.search(SearchRequest.of("worklist").withLimit(100)).hits().stream()
                .map(SearchHit::id).map(id -> SameThing.canonical(catalog, id)).toList();
        assertThat(ids.getFirst()).isEqualTo("dicom-mwl");
        assertThat(ids).contains("ihe-swf-b", "dicom-mpps", "dicom-ups").doesNotContain("dicom-breast-imaging-sr");
        assertThat(catalog.standard("dicom-breast-imaging-sr").orElseThrow().implementationNotes()
                + catalog.standard("dicom-breast-imaging-sr").orElseThrow().scope()).containsIgnoringCase("follow-up");
    }

    @Test
    void vocabularyGroupsAreNotRepeated() {
        // The same term in two groups is allowed (REM: dose, and dose monitoring), the same group twice is not.
        assertThat(catalog.synonyms().stream().map(g -> g.terms().stream().map(String::toLowerCase).sorted().toList()))
                .doesNotHaveDuplicates();
    }

    @Test
    void exactKeyIgnoresCaseAndPunctuation() {
        assertThat(Analysis.exactKey("XDS-I.b")).isEqualTo("xdsib");
        assertThat(Analysis.exactKey("IHE ATNA – Radiology Option")).isEqualTo("iheatnaradiologyoption");
        assertThat(Analysis.exactKey("DICOM “Core” Image IODs")).isEqualTo("dicomcoreimageiods");
        assertThat(Analysis.exactKey("Übersicht")).isEqualTo("ubersicht");
    }
}
