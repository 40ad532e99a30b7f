package org.rspnavigator.webapp.products.view;

import java.util.List;

import org.rspnavigator.procurement.statement.ProfileClaim;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** The vendor changed the claimed profile actors on screen (not saved yet). */
public final class ClaimsChanged extends ComponentEvent<Component> {

    private static final long serialVersionUID = 1L;

    private final List<ProfileClaim> claims;

    ClaimsChanged(Component source, List<ProfileClaim> claims) {
        super(source, false);
        this.claims = List.copyOf(claims);
    }

    /** Every claim as it is now. */
    public List<ProfileClaim> claims() {
        return claims;
    }
}
