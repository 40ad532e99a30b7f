/**
 * Organizations, their users and how people sign in: BCrypt passwords and the one password
 * policy, the roles PLANNER, VENDOR and ADMIN, the throttling of failed logins by client (and a
 * lock of the account only after failures from many addresses), one-time passwords, ending a
 * user's sessions when an administrator changes them, the first administrator, and the security
 * configuration of the views and the API; the sign-in, change-password and administration views
 * and the {@code /me} and {@code /admin} endpoints for organizations and users.
 */
package org.rspnavigator.webapp.accounts;
