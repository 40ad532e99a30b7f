package org.rspnavigator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TermParametersTest {

    @Test
    void repeatedAndCommaSeparatedValuesAreReadInTheVocabularysOrder() {
        Set<AssessmentGroup> groups = TermParameters.parse(
                Map.of("group", List.of("emerging, ,LEGACY", " preferred")), "group", AssessmentGroup.class);
        assertThat(groups).containsExactly(AssessmentGroup.PREFERRED, AssessmentGroup.LEGACY, AssessmentGroup.EMERGING);
        assertThat(TermParameters.parse(Map.of(), "group", AssessmentGroup.class)).isEmpty();
        assertThat(TermParameters.parse(Map.of("group", List.of(" , ")), "group", AssessmentGroup.class)).isEmpty();
    }

    @Test
    void aSelectionIsWrittenInTheVocabularysOrder() {
        Set<AssessmentGroup> groups = Set.of(AssessmentGroup.EMERGING, AssessmentGroup.PREFERRED);
        assertThat(TermParameters.write(groups)).isEqualTo("preferred,emerging");
        assertThat(TermParameters.slugs(groups)).containsExactly("preferred", "emerging");
        assertThat(TermParameters.write(Set.<AssessmentGroup>of())).isEmpty();
        assertThat(TermParameters.parse(Map.of("group", List.of(TermParameters.write(groups))), "group",
                AssessmentGroup.class)).isEqualTo(groups);
    }

    @Test
    void anUnknownValueIsRefusedWithTheValidOnes() {
        assertThatThrownBy(() -> TermParameters.parse(Map.of("group", List.of("preferred,Favourite")), "group",
                AssessmentGroup.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Favourite' is not a valid value of 'group' (expected one of: preferred, legacy, emerging)");
        assertThatThrownBy(() -> TermParameters.parse("region", "mars", Region.class))
                .hasMessageStartingWith("'mars' is not a valid value of 'region' (expected one of: ");
    }

    @Test
    void otherWordsAreLeftToTheCallerAndNamedInTheError() {
        Map<String, List<String>> parameters = Map.of("group", List.of("legacy,NONE"));
        assertThat(TermParameters.parse(parameters, "group", AssessmentGroup.class, "none"))
                .containsExactly(AssessmentGroup.LEGACY);
        assertThat(TermParameters.values(parameters, "group")).containsExactly("legacy", "NONE");
        assertThatThrownBy(() -> TermParameters.parse(Map.of("group", List.of("all")), "group", AssessmentGroup.class,
                "none")).hasMessage("'all' is not a valid value of 'group' (expected one of: preferred, legacy, emerging, none)");
    }
}
