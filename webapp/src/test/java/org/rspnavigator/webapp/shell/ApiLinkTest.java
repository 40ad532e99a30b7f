package org.rspnavigator.webapp.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rspnavigator.webapp.catalog.CatalogView;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The side menu's "JSON API" opens the API's description (Swagger UI on the OpenAPI document), not raw JSON. */
@SpringBootTest
class ApiLinkTest extends SpringBrowserlessTest {

    @Test
    void theJsonApiEntryOpensSwaggerUiInANewTab() {
        navigate(CatalogView.class);
        SideNavItem api = $(SideNavItem.class).all().stream().filter(i -> "JSON API".equals(i.getLabel())).findFirst()
                .orElseThrow();
        assertThat(api.getPath()).isEqualTo("swagger-ui.html");
        assertThat(api.isOpenInNewBrowserTab()).isTrue();
    }
}
