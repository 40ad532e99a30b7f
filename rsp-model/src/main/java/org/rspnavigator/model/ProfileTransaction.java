package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;

/**
 * A transaction of a profile: its number and name as IHE gives them, the actors that initiate and
 * respond, and for which actors it is required or optional. An actor in neither list has no
 * stated optionality. A display-only transaction has no responder; the exchange of a content
 * profile ("Share Content") has no number, and its {@code id} is empty.
 */
public record ProfileTransaction(String id, String name, List<String> initiators, List<String> responders,
        List<String> requiredFor, List<String> optionalFor, Verification verification) {

    public ProfileTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        initiators = List.copyOf(initiators);
        responders = List.copyOf(responders);
        requiredFor = List.copyOf(requiredFor);
        optionalFor = List.copyOf(optionalFor);
        Objects.requireNonNull(verification, "verification");
    }

    /** "RAD-14 Query Images", or just the name for an exchange without a number. */
    public String label() {
        return id.isEmpty() ? name : id + " " + name;
    }

    /** "Query Images [RAD-14]", as IHE labels transactions in its figures and tables. */
    public String displayName() {
        return id.isEmpty() ? name : name + " [" + id + "]";
    }

    public boolean involves(String actor) {
        return initiators.contains(actor) || responders.contains(actor);
    }

    /** "R", "O", or empty when the source states neither. */
    public String optionalityFor(String actor) {
        return requiredFor.contains(actor) ? "R" : optionalFor.contains(actor) ? "O" : "";
    }
}
