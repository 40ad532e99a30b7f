package org.rspnavigator.webapp.accounts;

import org.rspnavigator.webapp.platform.NotPermittedException;

/** The current password given to change it is not right; counted as a failed login. */
public class WrongPasswordException extends NotPermittedException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("The current password is not right.");
    }
}
