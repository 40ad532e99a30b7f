package org.rspnavigator.webapp.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Location;

/** A list's filter and sort order written into its address and read back. */
class ListAddressTest {

    private final Grid<String> grid = new Grid<>();

    ListAddressTest() {
        grid.addColumn(s -> s).setKey("name").setSortable(true);
        grid.addColumn(String::length).setKey("length").setSortable(true);
        grid.addColumn(s -> s).setKey("plain").setSortable(false);
    }

    private static String sortKeys(List<GridSortOrder<String>> order) {
        return ListAddress.sortParameter(order);
    }

    @Test
    void writesTheFilterThenTheSortOrderAndNothingWhenNeitherIsSet() {
        var order = List.of(new GridSortOrder<>(grid.getColumnByKey("length"), SortDirection.DESCENDING),
                new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.ASCENDING));
        assertThat(ListAddress.of("rfp", "pacs", order)).isEqualTo("rfp?q=pacs&sort=-length,name");
        assertThat(ListAddress.of("rfp", "  ", order)).isEqualTo("rfp?sort=-length,name");
        assertThat(ListAddress.of("rfp", "pacs", List.of())).isEqualTo("rfp?q=pacs");
        assertThat(ListAddress.of("rfp", "", List.of())).isEqualTo("rfp");
    }

    @Test
    void whatIsWrittenReadsBackTheSameEvenWithSpacesAndSigns() {
        var order = List.of(new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.DESCENDING));
        String filter = "St. Mary & Jude 100% «neu» +1";
        String address = ListAddress.of("admin/organizations", filter, order);
        assertThat(address).doesNotContain(" ").doesNotContain("+1").startsWith("admin/organizations?q=");
        Location location = new Location(address);
        assertThat(ListAddress.filter(location)).isEqualTo(filter);
        assertThat(sortKeys(ListAddress.sortOrder(location, grid))).isEqualTo("-name");
    }

    @Test
    void leavesOutUnknownUnsortableAndRepeatedColumnsAndCapsTheFilter() {
        assertThat(sortKeys(ListAddress.sortOrder(Map.of("sort", List.of("bogus,-,plain,-length,length, name ")),
                grid))).isEqualTo("-length,name");
        assertThat(ListAddress.sortOrder(Map.of(), grid)).isEmpty();
        assertThat(ListAddress.filter(Map.of("q", List.of("x".repeat(300))))).hasSize(ListAddress.MAX_FILTER);
        assertThat(ListAddress.filter(Map.of())).isEmpty();
    }

    @Test
    void everyWordMustAppearInOneOfTheTextsInAnyCase() {
        List<String> words = ListFilter.words("  PACS   2027 ");
        assertThat(words).containsExactly("pacs", "2027");
        assertThat(ListFilter.matches(words, "Imaging renewal 2027", "PACS, VNA")).isTrue();
        assertThat(ListFilter.matches(words, "Imaging renewal 2026", "PACS, VNA")).isFalse();
        assertThat(ListFilter.matches(ListFilter.words(""), "anything")).isTrue();
        assertThat(ListFilter.matches(words, (String) null)).isFalse();
    }
}
