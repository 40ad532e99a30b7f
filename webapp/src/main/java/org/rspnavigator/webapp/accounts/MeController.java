package org.rspnavigator.webapp.accounts;

import org.rspnavigator.webapp.platform.web.Api;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/** The signed-in user (HTTP Basic): who they are, and the change of their password. */
@RestController
@Tag(name = "Account")
@RequestMapping(Api.V1)
class MeController {

    private final AccountService accounts;

    MeController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** {@code mustChangePassword}: signed in with a one-time password, which opens nothing but its change. */
    record Me(String username, String displayName, String role, long organizationId, String organization,
            boolean mustChangePassword) {
    }

    @GetMapping("/me")
    Me me() {
        AccountPrincipal u = CurrentUser.require();
        return new Me(u.username(), u.displayName(), u.role().slug(), u.organizationId(), u.organizationName(),
                u.mustChangePassword());
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    /**
     * The user replaces their password (204). A weak new password: 400 saying why; a wrong current
     * one: 403, counted as a failed login from the caller's address.
     */
    @PutMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange change, HttpServletRequest request) {
        accounts.changeOwnPassword(CurrentUser.require(), request.getRemoteAddr(), change.currentPassword(),
                change.newPassword());
    }
}
