package org.rspnavigator.webapp.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.StandardQuery;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;

/** The catalog's sort order read from and written to its address. */
class CatalogAddressTest {

    private final Grid<Standard> grid = new Grid<>(Standard.class, false);

    CatalogAddressTest() {
        grid.addColumn(Standard::briefName).setKey("standard").setSortable(true);
        grid.addColumn(Standard::group).setKey("group").setSortable(true);
        grid.addColumn(Standard::formalName).setKey("formal").setSortable(false);
    }

    private List<String> read(String... values) {
        return CatalogAddress.sortOrder(Map.of(CatalogAddress.SORT, List.of(values)), grid).stream()
                .map(o -> (o.getDirection() == SortDirection.DESCENDING ? "-" : "") + o.getSorted().getKey())
                .toList();
    }

    @Test
    void readsColumnsInOrderWithAMinusForDescending() {
        assertThat(read("-group,standard")).containsExactly("-group", "standard");
        assertThat(read("standard", "-group")).containsExactly("standard", "-group");
    }

    @Test
    void leavesOutUnknownUnsortableRepeatedAndEmptyColumns() {
        assertThat(read("nonsense,-,,formal,standard,-standard, group ")).containsExactly("standard", "group");
        assertThat(CatalogAddress.sortOrder(Map.of(), grid)).isEmpty();
    }

    @Test
    void writesFiltersThenSortOrder() {
        var order = List.of(new GridSortOrder<>(grid.getColumnByKey("group"), SortDirection.DESCENDING),
                new GridSortOrder<>(grid.getColumnByKey("standard"), SortDirection.ASCENDING));
        StandardQuery emerging = StandardQuery.ALL.withGroups(java.util.Set.of(AssessmentGroup.EMERGING));

        assertThat(CatalogAddress.of(emerging, order)).isEqualTo("catalog?group=emerging&sort=-group,standard");
        assertThat(CatalogAddress.of(StandardQuery.ALL, order)).isEqualTo("catalog?sort=-group,standard");
        assertThat(CatalogAddress.of(emerging, List.of())).isEqualTo("catalog?group=emerging");
        assertThat(CatalogAddress.of(StandardQuery.ALL, List.of())).isEqualTo("catalog");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        var order = List.of(new GridSortOrder<>(grid.getColumnByKey("group"), SortDirection.DESCENDING));
        String sort = CatalogAddress.sortParameter(order);
        assertThat(read(sort)).containsExactly("-group");
    }
}
