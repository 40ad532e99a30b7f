package org.rspnavigator.webapp.accounts;

/**
 * An organization's data as one file, for the views that offer its download and upload (the
 * shortlists page, the administrators' organizations page). It is implemented where the data of
 * every feature is known, in {@code transfer}; the views depend on this contract only, so that the
 * features below {@code transfer} do not depend on it.
 */
public interface OrganizationFiles {

    /** The organization's data as JSON, as the API's export writes it. */
    byte[] export(AccountPrincipal actor, long organizationId);

    /**
     * Imports an exported file into the organization, all or nothing.
     *
     * @return what was imported, in a sentence for the person who uploaded it
     * @throws IllegalArgumentException saying what is wrong with the file; nothing was imported
     */
    String importInto(AccountPrincipal actor, long organizationId, byte[] file);
}
