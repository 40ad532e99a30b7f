package org.rspnavigator.procurement.rfp;

/**
 * How binding a requirement is, in the words of RFC 2119 that tenders use. Clause 5.1 of
 * ISO 21860 makes preferred and legacy standards in scope SHALL and emerging ones SHOULD.
 */
public enum RequirementLevel {
    SHALL, SHOULD, MAY;

    public String label() {
        return name();
    }
}
