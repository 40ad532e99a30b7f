package org.rspnavigator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What each kind of rule demands of the options an actor claims. */
class OptionRuleTest {

    private static OptionRule rule(OptionRule.Kind kind, Optional<String> when, String... options) {
        return new OptionRule(kind, List.of("Secure Node"), List.of(options), when, "A rule.",
                Verification.unverified());
    }

    @Test
    void atLeastOneOf() {
        OptionRule r = rule(OptionRule.Kind.AT_LEAST_ONE_OF, Optional.empty(), "A", "B");
        assertThat(r.keptBy(List.of("A"))).isTrue();
        assertThat(r.keptBy(List.of("A", "B", "C"))).isTrue();
        assertThat(r.keptBy(List.of("C"))).isFalse();
        assertThat(r.keptBy(List.of())).isFalse();
    }

    @Test
    void allOf() {
        OptionRule r = rule(OptionRule.Kind.ALL_OF, Optional.empty(), "A", "B");
        assertThat(r.keptBy(List.of("B", "A"))).isTrue();
        assertThat(r.keptBy(List.of("A", "B", "C"))).isTrue();
        assertThat(r.keptBy(List.of("A"))).isFalse();
        assertThat(r.keptBy(List.of())).isFalse();
        assertThat(rule(OptionRule.Kind.ALL_OF, Optional.empty(), "A").keptBy(List.of("A"))).isTrue();
    }

    @Test
    void notTogether() {
        OptionRule r = rule(OptionRule.Kind.NOT_TOGETHER, Optional.empty(), "A", "B");
        assertThat(r.keptBy(List.of())).isTrue();
        assertThat(r.keptBy(List.of("A", "C"))).isTrue();
        assertThat(r.keptBy(List.of("A", "B"))).isFalse();
    }

    @Test
    void requiresOneOfOnlyOnceWhenIsClaimed() {
        OptionRule r = rule(OptionRule.Kind.REQUIRES_ONE_OF, Optional.of("W"), "A", "B");
        assertThat(r.keptBy(List.of())).as("without W the rule is not in force").isTrue();
        assertThat(r.keptBy(List.of("C"))).isTrue();
        assertThat(r.keptBy(List.of("W", "B"))).isTrue();
        assertThat(r.keptBy(List.of("W"))).isFalse();
        assertThat(r.keptBy(List.of("W", "C"))).isFalse();
    }

    @Test
    void appliesToItsActorsOrToEveryActor() {
        OptionRule named = rule(OptionRule.Kind.AT_LEAST_ONE_OF, Optional.empty(), "A");
        assertThat(named.appliesTo("Secure Node")).isTrue();
        assertThat(named.appliesTo("Audit Record Repository")).isFalse();
        OptionRule every = new OptionRule(OptionRule.Kind.AT_LEAST_ONE_OF, List.of(), List.of("A"), Optional.empty(),
                "A rule.", Verification.unverified());
        assertThat(every.appliesTo("Audit Record Repository")).isTrue();
    }

    @Test
    void kindsAreWrittenAsSlugs() {
        assertThat(Term.slugs(OptionRule.Kind.class))
                .isEqualTo("at-least-one-of, all-of, not-together, requires-one-of");
        assertThat(Term.fromSlug(OptionRule.Kind.class, "requires-one-of")).contains(OptionRule.Kind.REQUIRES_ONE_OF);
    }
}
