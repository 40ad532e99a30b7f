package org.rspnavigator.webapp.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

/** The search view without a browser: what an address shows. */
@SpringBootTest
class SearchViewTest extends SpringBrowserlessTest {

    private void open(String query) {
        UI.getCurrent().navigate(SearchView.PATH, QueryParameters.fromString(query));
    }

    @Test
    void showsRankedResultsForTheAddress() {
        open("q=nuclear%20medicine");
        OrderedList results = $(OrderedList.class).id("search-results");
        Anchor first = $(Anchor.class, results).first();
        assertThat(first.getText()).isEqualTo("IHE NMI");
        assertThat(first.getHref()).isEqualTo("standards/ihe-nmi");
        assertThat($(Paragraph.class).id("search-status").getText()).endsWith("results");
        assertThat($(com.vaadin.flow.component.checkbox.CheckboxGroup.class).all())
                .extracting(com.vaadin.flow.component.checkbox.CheckboxGroup::getLabel)
                .contains("Type", "Category", "Assessment group");
    }

    @Test
    void aBadFacetValueIsExplained() {
        open("q=dose&group=favourite");
        assertThat($(Paragraph.class).id("search-status").getText())
                .isEqualTo("'favourite' is not a valid value of 'group' (expected one of: preferred, legacy, emerging).");
    }

    @Test
    void anEmptySearchInvitesTyping() {
        open("");
        assertThat($(Paragraph.class).id("search-status").getText()).startsWith("Type words");
    }
}
