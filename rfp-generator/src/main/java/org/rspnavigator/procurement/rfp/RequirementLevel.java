package org.rspnavigator.procurement.rfp;

import org.rspnavigator.model.Term;

/**
 * How binding a requirement is, in the words of RFC 2119 that tenders use. Clause 5.1 of
 * ISO 21860 makes preferred and legacy standards in scope SHALL and emerging ones SHOULD.
 */
public enum RequirementLevel implements Term {
    SHALL, SHOULD, MAY;

    /** "SHALL": the keyword as requirements and documents print it. */
    @Override
    public String label() {
        return name();
    }
}
