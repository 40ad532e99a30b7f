package org.rspnavigator.webapp.widgets;

import java.util.Optional;
import java.util.function.Function;

import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Maturity;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.StandardQuery;
import org.rspnavigator.model.Term;
import org.rspnavigator.model.ToolingLevel;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * Small labels for vocabulary values. Colour is never the only carrier of meaning: every badge
 * says its value in words, and the theme's CSS gives each level a shade (see styles.css).
 */
public final class Badges {

    private Badges() {
    }

    /**
     * A badge as data, for cells the browser draws itself (a grid's {@code LitRenderer}, see
     * {@link #cell}): its words, its CSS modifier, the footnote mark (empty for none) and the
     * tooltip that spells the footnote out (empty for none).
     */
    public record Label(String text, String modifier, String mark, String title) {

        static Label of(String text, String modifier) {
            return new Label(text, modifier, "", "");
        }

        Span toSpan() {
            Span badge = badge(text, modifier);
            if (!mark.isEmpty()) {
                Span footnote = new Span(" " + mark);
                footnote.addClassName("rsp-footnote-mark");
                badge.add(footnote);
                badge.getElement().setAttribute("title", title);
            }
            return badge;
        }
    }

    /**
     * A grid column's cells drawn by the browser from {@link Label}s: the same markup as the
     * badges below, without a server component per cell (a catalog page of 83 rows had about 500).
     */
    public static <T> LitRenderer<T> cell(Function<T, Label> label) {
        return LitRenderer.<T>of(
                "<span class=\"rsp-badge ${item.modifier}\" title=\"${item.title}\">${item.text}"
                        + "<span class=\"rsp-footnote-mark\">${item.mark ? ' ' + item.mark : ''}</span></span>")
                .withProperty("text", t -> label.apply(t).text())
                .withProperty("modifier", t -> label.apply(t).modifier())
                .withProperty("mark", t -> label.apply(t).mark())
                .withProperty("title", t -> label.apply(t).title());
    }

    public static Span group(AssessmentGroup group) {
        return groupLabel(group).toSpan();
    }

    public static Label groupLabel(AssessmentGroup group) {
        return Label.of(group.label(), "rsp-group-" + group.slug());
    }

    public static Span maturity(Maturity maturity) {
        return maturityLabel(maturity).toSpan();
    }

    public static Label maturityLabel(Maturity maturity) {
        return Label.of(maturity.label(), "rsp-maturity-" + maturity.slug());
    }

    public static Span tooling(ToolingLevel level) {
        return toolingLabel(level).toSpan();
    }

    public static Label toolingLabel(ToolingLevel level) {
        return Label.of(level.label(), "rsp-tooling-" + level.slug());
    }

    /**
     * A product-adoption or site-deployment rating. With a region chosen, the level that applies
     * there, or "No level for this region" where the footnote gives none; otherwise the table's
     * level, or "Varies by region" where only a footnote gives levels. A footnote is marked, and
     * spelled out in the tooltip.
     */
    public static Span rating(AdoptionRating rating, Optional<Region> region) {
        return ratingLabel(rating, region).toSpan();
    }

    public static Label ratingLabel(AdoptionRating rating, Optional<Region> region) {
        Optional<AdoptionLevel> level = region.isPresent()
                ? StandardQuery.ALL.withRegion(region.get()).levelOf(rating)
                : rating.level();
        Label label = level.map(l -> Label.of(l.label(), "rsp-level-" + l.slug())).orElseGet(() -> Label.of(
                region.isPresent() ? AdoptionRating.NO_LEVEL_FOR_REGION : "Varies by region",
                region.isPresent() ? "rsp-level-absent" : "rsp-level-varies"));
        // The badge says the level; the tooltip spells out the footnote its mark points to.
        return rating.footnote()
                .map(f -> new Label(label.text(), label.modifier(), f.mark(), f.reference() + ": " + f.describe()))
                .orElse(label);
    }

    /**
     * The "Corrected" marker beside a table row or entry whose catalog text deliberately differs
     * from what ISO 21860 prints: the marker, then the printed text and the reason, in words.
     */
    public static com.vaadin.flow.component.html.Div corrected(org.rspnavigator.model.Correction correction,
            String table) {
        Span marker = badge("Corrected", "rsp-corrected");
        Span text = new Span(" " + correction.describe(table));
        text.addClassName("rsp-muted");
        com.vaadin.flow.component.html.Div note = new com.vaadin.flow.component.html.Div(marker, text);
        note.addClassName("rsp-correction");
        note.getElement().setAttribute("role", "note");
        return note;
    }

    /**
     * Whether a fact about an IHE profile was confirmed; the tooltip gives the note and the
     * sources, so a person can judge an unconfirmed fact for themselves.
     */
    public static Span verification(org.rspnavigator.model.Verification v) {
        Span badge = badge(v.level().label(), "rsp-verif-" + v.level().slug());
        StringBuilder title = new StringBuilder(v.level().label());
        v.note().ifPresent(n -> title.append(": ").append(n));
        if (!v.sources().isEmpty()) {
            title.append(". Sources: ").append(String.join("; ", v.sources().stream()
                    .map(s -> s.citation() + " (" + s.where() + ")").toList()));
        }
        badge.getElement().setAttribute("title", title.toString());
        return badge;
    }

    public static Span status(org.rspnavigator.model.ProfileStatus status) {
        return badge(status.label(), "rsp-status-" + status.slug());
    }

    static Span term(Term term, String cssPrefix) {
        return badge(term.label(), cssPrefix + term.slug());
    }

    private static Span badge(String text, String modifier) {
        Span badge = new Span(text);
        badge.addClassNames("rsp-badge", modifier);
        return badge;
    }
}
