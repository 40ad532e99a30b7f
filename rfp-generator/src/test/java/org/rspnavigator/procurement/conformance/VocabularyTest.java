package org.rspnavigator.procurement.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.ConformanceData;
import org.yaml.snakeyaml.Yaml;

/** The catalog's DICOM and HL7 vocabulary: read whole, checked whole, and consistent with the catalog. */
class VocabularyTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final Vocabulary VOCABULARY = Vocabulary.fromClasspath();

    @Test
    void theSopClassesCarryTheirRegisteredNamesAndTheirSources() {
        assertThat(VOCABULARY.sopClass("1.2.840.10008.5.1.4.1.1.88.67")).get().extracting(Vocabulary.SopClass::name,
                Vocabulary.SopClass::service, Vocabulary.SopClass::image).containsExactly("X-Ray Radiation Dose SR Storage",
                        "storage", false);
        assertThat(VOCABULARY.sopClass("1.2.840.10008.5.1.4.31").orElseThrow().name())
                .isEqualTo("Modality Worklist Information Model - FIND");
        assertThat(VOCABULARY.sopClass("1.2.840.10008.5.1.4.1.1.2").orElseThrow().image()).isTrue();
        assertThat(VOCABULARY.sopClasses()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty()
                .allSatisfy(id -> assertThat(VOCABULARY.source(id)).isPresent()));
        assertThat(VOCABULARY.sopClassName("1.2.3.4")).as("an unknown UID is shown as it is").isEqualTo("1.2.3.4");
        assertThat(VOCABULARY.transferSyntax("1.2.840.10008.1.2.1")).contains("Explicit VR Little Endian");
        assertThat(VOCABULARY.services()).extracting(Vocabulary.Service::id)
                .containsExactly("STOW-RS", "QIDO-RS", "WADO-RS", "WADO-URI");
        assertThat(VOCABULARY.message("ADT^A40").orElseThrow().name()).isEqualTo("Merge patient - patient identifier list");
    }

    @Test
    void whatARequirementAsksIsGivenByTypeThenKindWithImagesSpeltOut() {
        String rdsr = "1.2.840.10008.5.1.4.1.1.88.67";
        assertThat(VOCABULARY.expected("dicom-ct-rdsr", "modality-ct"))
                .containsExactly(new Vocabulary.ExpectedSop(List.of(rdsr), DicomRole.SCU));
        assertThat(VOCABULARY.expected("dicom-ct-rdsr", "vna")).as("the kind 'archive'").containsExactly(
                new Vocabulary.ExpectedSop(List.of(rdsr), DicomRole.SCP), new Vocabulary.ExpectedSop(List.of(rdsr),
                        DicomRole.SCU));
        assertThat(VOCABULARY.expected("dicom-core-image-iods", "modality-us")).containsExactly(
                new Vocabulary.ExpectedSop(List.of("1.2.840.10008.5.1.4.1.1.6.1"), DicomRole.SCU),
                new Vocabulary.ExpectedSop(List.of("1.2.840.10008.5.1.4.1.1.3.1"), DicomRole.SCU));
        assertThat(VOCABULARY.expected("dicom-core-image-iods", "pacs")).hasSize(22);
        assertThat(VOCABULARY.expected("dicomweb", "image-display")).containsExactly(
                new Vocabulary.ExpectedService("QIDO-RS", DicomWebRole.USER_AGENT),
                new Vocabulary.ExpectedService("WADO-RS", DicomWebRole.USER_AGENT));
        assertThat(VOCABULARY.expected("dicom-tls", "pacs")).as("a security profile, not a SOP class").isEmpty();
        assertThat(VOCABULARY.templates("dicom-ct-rdsr")).containsExactly("TID 10011 CT Radiation Dose");
    }

    @Test
    void everyEntryAndSystemTheFileNamesIsInTheCatalog() throws IOException {
        Map<String, Object> root = raw();
        Set<String> types = CATALOG.systemTypes().stream().map(SystemType::id).collect(Collectors.toSet());
        Set<String> kinds = Set.of("modality", "archive", "display", "media", "default");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> expected = (Map<String, Map<String, Object>>) root.get("expected");
        expected.forEach((standard, byType) -> {
            assertThat(CATALOG.standard(standard)).as(standard).isPresent();
            byType.keySet().stream().filter(k -> !k.equals("templates"))
                    .forEach(k -> assertThat(types.contains(k) || kinds.contains(k)).as(standard + " " + k).isTrue());
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> images = (Map<String, Object>) root.get("images");
        assertThat(types).containsAll(images.keySet());
        Set<String> transactions = CATALOG.profiles().stream().map(Profile::transactions).flatMap(List::stream)
                .map(ProfileTransaction::id).collect(Collectors.toSet());
        @SuppressWarnings("unchecked")
        Map<String, Object> carried = (Map<String, Object>) root.get("transactions");
        carried.keySet().forEach(key -> {
            if (key.contains(":")) {
                String[] parts = key.split(":");
                assertThat(CATALOG.profile(parts[0]).orElseThrow().transactions()).as(key)
                        .anyMatch(t -> t.id().equals(parts[1]));
            } else {
                assertThat(transactions).as(key).contains(key);
            }
        });
    }

    @Test
    void aTransactionSaysWhatItCarriesAndWhoTakesWhichRole() {
        Vocabulary.Carried rad5 = VOCABULARY.carried("RAD-5").orElseThrow();
        assertThat(rad5.dicom()).containsExactly(new Vocabulary.CarriedSop(List.of("1.2.840.10008.5.1.4.31"), false,
                DicomRole.SCU, DicomRole.SCP));
        assertThat(VOCABULARY.carried("RAD-8").orElseThrow().dicom().get(0).anyImage()).isTrue();
        assertThat(VOCABULARY.carried("RAD-1").orElseThrow().hl7()).containsExactly("ADT^A01", "ADT^A04");
        assertThat(VOCABULARY.carried("ITI-41")).isEmpty();
        assertThat(VOCABULARY.carried("swf-b", "RAD-4").orElseThrow().hl7()).as("SWF.b on HL7 v2.5.1")
                .containsExactly("OMI^O23");
        assertThat(VOCABULARY.carried("swf", "RAD-4").orElseThrow().hl7()).as("SWF on HL7 v2.3.1")
                .containsExactly("ORM^O01");
        assertThat(VOCABULARY.carried("swf-b", "RAD-5")).as("the same in every profile").isEqualTo(VOCABULARY
                .carried("RAD-5"));
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemNamed() {
        String yaml = """
                sources:
                  S1: {what: a source, where: https://example.org}
                sop-classes:
                  1.2.840.10008.5.1.4.1.1.2: {name: CT Image Storage, service: storage, sources: [S1]}
                  1.2.840.010008.1: {name: Bad, service: storage, sources: [S9]}
                hl7-messages:
                  ORU-R01: {name: results, sources: [S1]}
                expected:
                  dicom-ct-rdsr:
                    modality-ct: [{sop: 1.2.3.4, role: SCU}, {sop: 1.2.840.10008.5.1.4.1.1.2, role: PROVIDER}]
                    archive: [{service: MOVE-RS, role: server}]
                """;
        assertThatThrownBy(() -> Vocabulary.parse(yaml, ConformanceData.fromClasspath()))
                .isInstanceOfSatisfying(InvalidVocabularyException.class, e -> assertThat(e.problems()).containsExactly(
                        "sop-classes: '1.2.840.010008.1' is not a DICOM UID (digits and dots, no leading zeros, at most "
                                + "64 characters)",
                        "sop-classes 1.2.840.010008.1: the source 'S9' is not in sources",
                        "hl7-messages ORU-R01: 'ORU-R01' is not a message type with trigger event such as ADT^A01",
                        "expected dicom-ct-rdsr modality-ct: the SOP class '1.2.3.4' is not in sop-classes",
                        "expected dicom-ct-rdsr modality-ct: the role 'PROVIDER' is not SCU or SCP",
                        "expected dicom-ct-rdsr archive: the DICOMweb service 'MOVE-RS' is not in dicomweb-services",
                        "expected dicom-ct-rdsr archive: the role 'server' is not one of origin-server, user-agent"))
                .hasMessageStartingWith(Vocabulary.RESOURCE + " has 7 problems:");
        assertThatThrownBy(() -> Vocabulary.parse("sources: [unclosed", ConformanceData.empty()))
                .isInstanceOf(InvalidVocabularyException.class).hasMessageContaining("not valid YAML");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> raw() throws IOException {
        try (InputStream in = VocabularyTest.class.getClassLoader().getResourceAsStream(Vocabulary.RESOURCE)) {
            return (Map<String, Object>) new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
