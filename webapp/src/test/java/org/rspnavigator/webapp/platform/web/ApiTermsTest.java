package org.rspnavigator.webapp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.statement.Fit;
import org.rspnavigator.webapp.accounts.Role;

class ApiTermsTest {

    @Test
    void readsTheSlugInAnyLetterCase() {
        assertThat(ApiTerms.read(Fit.class, "partly-met")).contains(Fit.PARTLY_MET);
        assertThat(ApiTerms.read(Fit.class, " Partly-Met ")).contains(Fit.PARTLY_MET);
        assertThat(ApiTerms.read(RequirementLevel.class, "shall")).contains(RequirementLevel.SHALL);
    }

    /** Deprecated: the spelling that earlier versions wrote, read until 0.2.0. */
    @Test
    void readsTheOldUpperCaseName() {
        assertThat(ApiTerms.read(Fit.class, "PARTLY_MET")).contains(Fit.PARTLY_MET);
        assertThat(ApiTerms.read(RequirementLevel.class, "SHALL")).contains(RequirementLevel.SHALL);
        assertThat(ApiTerms.read(Role.class, "PLANNER")).contains(Role.PLANNER);
    }

    @Test
    void readsNothingElse() {
        assertThat(ApiTerms.read(RequirementLevel.class, "MUST")).isEmpty();
        assertThat(ApiTerms.read(Fit.class, "partly met")).isEmpty();
        assertThat(ApiTerms.read(Role.class, "")).isEmpty();
        assertThat(ApiTerms.read(Role.class, null)).isEmpty();
    }

    @Test
    void offersTheSlugsInMessages() {
        assertThat(ApiTerms.choices(RequirementLevel.class)).isEqualTo("shall, should or may");
        assertThat(ApiTerms.choices(Role.class)).isEqualTo("planner, vendor or admin");
    }
}
