package org.rspnavigator.webapp.rfp;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RfpConfiguration {

    @Bean
    RequirementProposer requirementProposer(Catalog catalog) {
        return new RequirementProposer(catalog);
    }
}
