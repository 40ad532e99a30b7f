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
    void showsAPageAtATimeAndMovesToTheNext() {
        open("q=images");
        String status = $(Paragraph.class).id("search-status").getText();
        assertThat(status).matches("Showing 1–20 of \\d+ results");
        int total = Integer.parseInt(status.replaceAll("Showing 1–20 of (\\d+) results", "$1"));
        assertThat(total).isGreaterThan(40);
        assertThat($(com.vaadin.flow.component.button.Button.class).id("search-previous").isEnabled()).isFalse();
        String firstOfPageOne = $(Anchor.class, $(OrderedList.class).id("search-results")).first().getText();

        $(com.vaadin.flow.component.button.Button.class).id("search-next").click();
        assertThat($(Paragraph.class).id("search-status").getText()).isEqualTo("Showing 21–40 of " + total + " results");
        assertThat($(Anchor.class, $(OrderedList.class).id("search-results")).first().getText()).isNotEqualTo(firstOfPageOne);
        assertThat($(com.vaadin.flow.component.button.Button.class).id("search-previous").isEnabled()).isTrue();

        $(com.vaadin.flow.component.button.Button.class).id("search-previous").click();
        assertThat($(Paragraph.class).id("search-status").getText()).isEqualTo("Showing 1–20 of " + total + " results");
    }

    @Test
    void theLastPageCannotGoFurtherAndAPagePastItSaysSo() {
        open("q=images&page=1000");
        assertThat($(Paragraph.class).id("search-status").getText()).startsWith("'page' must be between 1 and");
        open("q=images&page=40");
        assertThat($(Paragraph.class).id("search-status").getText()).startsWith("No results on this page: there are");
        assertThat($(com.vaadin.flow.component.button.Button.class).id("search-next").isEnabled()).isFalse();
        assertThat($(com.vaadin.flow.component.button.Button.class).id("search-previous").isEnabled()).isTrue();
    }

    @Test
    void aTransactionHitLeadsToItsRowOnTheProfilePage() {
        open("q=RAD-8");
        Anchor first = $(Anchor.class, $(OrderedList.class).id("search-results")).first();
        assertThat(first.getText()).isEqualTo("RAD-8 Modality Images Stored");
        assertThat(first.getHref()).isEqualTo("profiles/swf-b#transaction-rad-8");
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("rsp-hit-type").first().getText())
                .isEqualTo("IHE transaction");
        UI.getCurrent().navigate("profiles/swf-b");
        assertThat($(com.vaadin.flow.component.html.NativeTableRow.class).id("transaction-rad-8").getChildren()
                .findFirst().orElseThrow().getElement().getText()).isEqualTo("Modality Images Stored [RAD-8]");
    }

    @Test
    void aSystemTypeHitLeadsToItsPage() {
        open("q=PACS");
        Anchor first = $(Anchor.class, $(OrderedList.class).id("search-results")).first();
        assertThat(first.getText()).isEqualTo("PACS");
        assertThat(first.getHref()).isEqualTo("system-types/pacs");
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
