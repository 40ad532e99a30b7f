package org.rspnavigator.webapp.ui;

import org.rspnavigator.model.AssessmentGroup;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels for vocabulary values; the colours are defined in the theme's CSS. */
final class Badges {

    private Badges() {
    }

    static Span group(AssessmentGroup group) {
        Span badge = new Span(group.label());
        badge.addClassNames("rsp-badge", "rsp-group-" + group.slug());
        return badge;
    }
}
