package org.rspnavigator.webapp.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.load.CatalogLoader;

import com.vaadin.flow.component.html.Span;

/** The words, shade, footnote mark and tooltip of a rating badge, in a grid cell and as a component. */
class BadgesTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();

    private static Standard standard(String id) {
        return CATALOG.standard(id).orElseThrow();
    }

    @Test
    void aRatingGivenOnlyPerRegionVariesUntilARegionIsChosenAndItsTooltipSpellsOutTheFootnote() {
        AdoptionRating rating = standard("icd-10").siteDeployment();
        assertThat(rating.isRegional()).as("ICD-10's site deployment in Table 1").isTrue();
        String footnote = rating.footnote().orElseThrow().reference() + ": " + rating.footnote().orElseThrow().describe();

        Badges.Label anywhere = Badges.ratingLabel(rating, Optional.empty());
        assertThat(anywhere).isEqualTo(new Badges.Label("Varies by region", "rsp-level-varies",
                rating.footnote().orElseThrow().mark(), footnote));

        Badges.Label inTheUs = Badges.ratingLabel(rating, Optional.of(Region.US));
        assertThat(inTheUs.text()).isEqualTo(rating.levelIn(Region.US).orElseThrow().label());
        assertThat(inTheUs.modifier()).isEqualTo("rsp-level-" + rating.levelIn(Region.US).orElseThrow().slug());
        assertThat(inTheUs.title()).as("the tooltip names the footnote once").isEqualTo(footnote);

        Span badge = Badges.rating(rating, Optional.empty());
        assertThat(badge.getElement().getTextRecursively())
                .isEqualTo("Varies by region " + rating.footnote().orElseThrow().mark());
        assertThat(badge.getElement().getAttribute("title")).isEqualTo(footnote);
        assertThat(badge.getClassNames()).containsExactlyInAnyOrder("rsp-badge", "rsp-level-varies");
    }

    @Test
    void aRatingWithoutAFootnoteHasNoMarkAndNoTooltip() {
        AdoptionRating rating = standard("loinc").productAdoption();
        assertThat(rating.footnote()).isEmpty();

        Badges.Label label = Badges.ratingLabel(rating, Optional.empty());
        assertThat(label).isEqualTo(new Badges.Label(rating.level().orElseThrow().label(),
                "rsp-level-" + rating.level().orElseThrow().slug(), "", ""));
        assertThat(Badges.rating(rating, Optional.empty()).getElement().hasAttribute("title")).isFalse();
    }
}
