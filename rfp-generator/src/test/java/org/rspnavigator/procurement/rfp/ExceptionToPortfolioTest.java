package org.rspnavigator.procurement.rfp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/**
 * Comply or explain: a SHALL the portfolio proposed is lowered or withdrawn only with a reason
 * (clause 5.1 asks for exceptions to be documented), whichever way the draft is changed; drafts
 * saved before the rule still load and can be saved again as they are.
 */
class ExceptionToPortfolioTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final RequirementProposer PROPOSER = new RequirementProposer(CATALOG);
    private static final RfpSpec SPEC = new RfpSpec("Imaging renewal", "St. Example Hospital", Optional.of(Region.EUROPE),
            List.of("device-to-department"),
            List.of(new ProcuredSystem("pacs", 1, ""), new ProcuredSystem("image-display", 20, "")));

    private final RfpDraft draft = RfpDraft.proposed(SPEC, PROPOSER);
    private final Requirement shall = draft.requirements().stream()
            .filter(r -> r.origin() == RequirementOrigin.PORTFOLIO && r.level() == RequirementLevel.SHALL)
            .findFirst().orElseThrow();

    @Test
    void loweringAProposedShallWithoutAReasonIsRefusedWithTheNumberAndTheClause() {
        assertThatThrownBy(() -> draft.withLevel(shall.number(), RequirementLevel.SHOULD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Requirement " + shall.number() + " comes from the portfolio at SHALL: "
                        + "give a reason to lower it to SHOULD.")
                .hasMessageContaining("ISO 21860 clause 5.1");
        assertThatThrownBy(() -> draft.amended(shall.number(), new RfpDraft.Edit(RequirementLevel.MAY, null, null,
                "  "), PROPOSER)).hasMessageContaining("give a reason to lower it to MAY");
        assertThat(draft.exceptions()).isEmpty();
    }

    @Test
    void withdrawingAProposedShallWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> draft.withdraw(shall.number()))
                .hasMessageStartingWith("Requirement " + shall.number() + " comes from the portfolio at SHALL: "
                        + "give a reason to withdraw it.");
        assertThatThrownBy(() -> draft.withdraw(shall.number(), "")).hasMessageContaining("withdraw it");
    }

    @Test
    void aLoweredOrWithdrawnShallWithItsReasonIsListedAsAnException() {
        Requirement second = draft.requirements().stream().filter(r -> r != shall
                && r.origin().followsThePortfolio() && r.level() == RequirementLevel.SHALL).findFirst().orElseThrow();
        RfpDraft changed = draft.amended(shall.number(), new RfpDraft.Edit(RequirementLevel.SHOULD, null, null,
                "The regional archive does not support it yet."), PROPOSER)
                .withdraw(second.number(), "Bought with the archive tender.");

        assertThat(changed.exceptions()).extracting(ExceptionToPortfolio::number, ExceptionToPortfolio::change,
                ExceptionToPortfolio::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(shall.number(), "lowered to SHOULD",
                                "The regional archive does not support it yet."),
                        org.assertj.core.groups.Tuple.tuple(second.number(), "withdrawn", "Bought with the archive tender."));
        assertThat(changed.exceptions().getFirst().now()).contains(RequirementLevel.SHOULD);
        assertThat(changed.exceptions().get(1).now()).isEmpty();
        assertThat(changed.toDocument(1, java.time.LocalDate.of(2026, 12, 7)).exceptions())
                .isEqualTo(changed.exceptions());

        // Lowered further, the reason given stays; back at SHALL, it is no exception any more.
        RfpDraft further = changed.withLevel(shall.number(), RequirementLevel.MAY);
        assertThat(further.exceptions().getFirst().change()).isEqualTo("lowered to MAY");
        assertThat(further.exceptions().getFirst().explained()).isTrue();
        assertThat(further.withLevel(shall.number(), RequirementLevel.SHALL).exceptions())
                .extracting(ExceptionToPortfolio::number).containsExactly(second.number());
    }

    @Test
    void raisingALevelOrChangingThePlannersOwnNeedsNoReason() {
        Requirement should = draft.requirements().stream().filter(r -> r.level() == RequirementLevel.SHOULD)
                .findFirst().orElseThrow();
        RfpDraft raised = draft.withLevel(should.number(), RequirementLevel.SHALL);
        assertThat(raised.exceptions()).isEmpty();
        // Raised by the buyer, then lowered again: the portfolio proposed a SHOULD, so nothing to explain.
        assertThat(raised.withLevel(should.number(), RequirementLevel.MAY).exceptions()).isEmpty();
        assertThat(draft.withdraw(should.number()).exceptions()).isEmpty();

        RfpDraft own = draft.withAdded("pacs", RequirementLevel.SHALL, new StandardSupport("hl7-oru"), Optional.empty(),
                "Our EHR sends results as ORU.", PROPOSER);
        Requirement mine = own.requirements().stream().filter(r -> r.origin() == RequirementOrigin.PLANNER)
                .findFirst().orElseThrow();
        assertThat(own.withLevel(mine.number(), RequirementLevel.MAY).withdraw(mine.number()).exceptions()).isEmpty();
    }

    @Test
    void onlyProposalsThatFollowThePortfolioCount() {
        assertThat(RequirementOrigin.PORTFOLIO.followsThePortfolio()).isTrue();
        assertThat(RequirementOrigin.GROUPING.followsThePortfolio()).isTrue();
        assertThat(RequirementOrigin.SUCCESSOR.followsThePortfolio()).isTrue();
        assertThat(RequirementOrigin.OPTED_IN.followsThePortfolio()).isFalse();
        assertThat(RequirementOrigin.PLANNER.followsThePortfolio()).isFalse();
    }

    @Test
    void aDraftSavedBeforeTheRuleStillLoadsAndIsSavedAgainAsItIs() {
        RfpDraft old = stored(draft, shall.withLevel(RequirementLevel.SHOULD));
        assertThat(old.validated(CATALOG)).isSameAs(old);
        assertThat(old.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.explained()).isFalse();
            assertThat(e.reason()).isEmpty();
        });
        assertThat(old.explainedSince(old)).isSameAs(old);

        // Changing its wording at the same level is not a new exception; lowering it again is.
        Requirement lowered = old.requirements().stream().filter(r -> r.number().equals(shall.number())).findFirst()
                .orElseThrow();
        RfpDraft reworded = old.amended(shall.number(), new RfpDraft.Edit(RequirementLevel.SHOULD, null,
                lowered.text() + " at every site", ""), PROPOSER);
        assertThat(reworded.exceptions()).singleElement().extracting(ExceptionToPortfolio::explained).isEqualTo(false);
        assertThatThrownBy(() -> old.withLevel(shall.number(), RequirementLevel.MAY))
                .hasMessageContaining("give a reason to lower it to MAY");
        assertThatThrownBy(() -> old.withdraw(shall.number())).hasMessageContaining("give a reason to withdraw it");
    }

    @Test
    void aWholeDraftSentWithANewUnexplainedExceptionIsRefused() {
        RfpDraft lowered = stored(draft, shall.withLevel(RequirementLevel.SHOULD));
        assertThatThrownBy(() -> lowered.explainedSince(draft))
                .hasMessageStartingWith("Requirement " + shall.number() + " comes from the portfolio at SHALL");
        assertThatThrownBy(() -> lowered.explainedSince(null)).hasMessageContaining(shall.number());

        // Withdrawing the one lowered before, unexplained, is a new exception too.
        List<Requirement> in = new ArrayList<>(lowered.requirements());
        Requirement l = in.stream().filter(r -> r.number().equals(shall.number())).findFirst().orElseThrow();
        in.remove(l);
        RfpDraft withdrawn = new RfpDraft(SPEC, in, List.of(l), List.of(), List.of());
        assertThatThrownBy(() -> withdrawn.explainedSince(lowered)).hasMessageContaining("withdraw it");

        RfpDraft explained = stored(draft, shall.withLevel(RequirementLevel.SHOULD)
                .withAmendment(new Amendment(RequirementLevel.SHALL, "Decided by the imaging board.")));
        assertThat(explained.explainedSince(draft)).isSameAs(explained);
        assertThat(draft.explainedSince(null)).isSameAs(draft);
    }

    @Test
    void aWholeDraftCannotHideAnExceptionByLeavingOutTheProposedLevelOrTheOrigin() {
        Requirement bare = new Requirement(shall.number(), RequirementLevel.SHOULD, shall.system(), shall.category(),
                shall.subject(), RequirementProposer.relevel(shall.text(), RequirementLevel.SHALL, RequirementLevel.SHOULD),
                shall.rationale(), RequirementOrigin.PLANNER);
        RfpDraft sent = stored(draft, bare);
        assertThat(sent.exceptions()).isEmpty();
        assertThatThrownBy(() -> sent.explainedSince(draft)).hasMessageContaining("give a reason to lower it to SHOULD");

        RfpDraft explained = stored(draft, bare.withAmendment(new Amendment(null, "Decided by the imaging board.")));
        RfpDraft kept = explained.explainedSince(draft);
        Requirement r = kept.requirements().stream().filter(x -> x.number().equals(shall.number())).findFirst()
                .orElseThrow();
        assertThat(r.origin()).isEqualTo(RequirementOrigin.PORTFOLIO);
        assertThat(r.amendment()).isEqualTo(new Amendment(RequirementLevel.SHALL, "Decided by the imaging board."));
        assertThat(kept.exceptions()).extracting(ExceptionToPortfolio::number).containsExactly(shall.number());
    }

    /** {@code draft} with {@code changed} in place of the requirement of its number, no rule applied (as stored). */
    private static RfpDraft stored(RfpDraft draft, Requirement changed) {
        List<Requirement> in = new ArrayList<>(draft.requirements());
        in.replaceAll(r -> r.number().equals(changed.number()) ? changed : r);
        return new RfpDraft(draft.spec(), in, draft.withdrawn(), draft.mandates(), draft.clauses(), draft.leftOut());
    }
}
