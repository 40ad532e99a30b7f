package org.rspnavigator.webapp.products;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.webapp.products.view.ProductsView;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The product editor without a browser: the header fields are limited in the browser and checked again on saving. */
@SpringBootTest
@Import(TestAccounts.class)
@DirtiesContext
class ProductViewTest extends SpringBrowserlessTest {

    @Autowired
    ProductService products;

    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails(TestAccounts.VENDOR)
    void aNameLongerThanWhatIsKeptIsRefusedWithTheLimitAndNothingIsSaved() {
        UI.getCurrent().navigate("products/new");
        TextField name = $(TextField.class).id("product-name");
        TextField version = $(TextField.class).id("product-version");
        assertThat(name.getMaxLength()).isEqualTo(FieldLimits.NAME);
        assertThat(version.getMaxLength()).isEqualTo(FieldLimits.VERSION);
        assertThat($(TextField.class).id("product-vendor").getMaxLength()).isEqualTo(FieldLimits.NAME);
        assertThat($(TextField.class).id("product-ihe-link").getMaxLength()).isEqualTo(FieldLimits.LINK);

        // The browser keeps to maxlength; a client that does not is checked on the server.
        String tooLong = "Archive " + "x".repeat(FieldLimits.NAME);
        test(name).setValue(tooLong);
        test(version).setValue("7.2");
        test($(Button.class).id("save-product")).click();
        assertThat($(Paragraph.class).id("product-status").getText())
                .contains("The product name (productName) has " + tooLong.length() + " characters; at most 200 are "
                        + "allowed.");
        var vendor = (org.rspnavigator.webapp.accounts.AccountPrincipal) users.loadUserByUsername(TestAccounts.VENDOR);
        assertThat(products.list(vendor)).noneMatch(p -> p.getName().equals(tooLong));
    }
    @Test
    @WithUserDetails(TestAccounts.VENDOR)
    void leavingWithUnsavedChangesAsksWithStayAsTheDefaultAndAnUntouchedPageLeavesQuietly() {
        UI.getCurrent().navigate("products/new");
        UI.getCurrent().navigate("products");
        assertThat(getCurrentView()).as("nothing typed: no question").isInstanceOf(ProductsView.class);

        UI.getCurrent().navigate("products/new");
        test($(TextField.class).id("product-name")).setValue("Archive");
        UI.getCurrent().navigate("products");
        com.vaadin.flow.component.confirmdialog.ConfirmDialog leave =
                $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).id("product-leave-dialog");
        assertThat(leave.isOpened()).isTrue();
        assertThat(leave.getElement().getProperty("confirmText")).isEqualTo("Stay");
        assertThat(leave.getElement().getProperty("rejectText")).isEqualTo("Leave and discard them");
        assertThat(getCurrentView()).isInstanceOf(org.rspnavigator.webapp.products.view.ProductView.class);
    }
}
