package org.rspnavigator.webapp.rfp;

import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.web.Attachments;
import org.rspnavigator.webapp.products.GapService;
import org.rspnavigator.webapp.products.ProductController;
import org.rspnavigator.webapp.products.ProductController.GapJson;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A product's gap analysis against an RFP project ({@code ?project=}, planners): the same address
 * as a product's gaps against a use case ({@link ProductController}), answered here because the
 * project is the RFP's, so that products need not know RFP projects.
 */
@RestController
@Tag(name = "Products")
@RequestMapping(ProductController.PRODUCTS)
class ProjectGapController {

    private final RfpBidderService bidders;
    private final GapService gaps;

    ProjectGapController(RfpBidderService bidders, GapService gaps) {
        this.bidders = bidders;
        this.gaps = gaps;
    }

    @GetMapping(path = "/{id}/gaps", params = "project")
    GapJson gapsJson(@PathVariable long id, @RequestParam long project) {
        return GapJson.of(bidders.productAgainstProject(CurrentUser.require(), id, project));
    }

    @GetMapping(path = "/{id}/gaps.pdf", params = "project")
    ResponseEntity<byte[]> gapsPdf(@PathVariable long id, @RequestParam long project) {
        return Attachments.of(gaps.pdf(bidders.productAgainstProject(CurrentUser.require(), id, project)));
    }
}
