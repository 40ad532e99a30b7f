/**
 * Organizations, their users and how people sign in: BCrypt passwords, the roles PLANNER, VENDOR
 * and ADMIN, a back-off that locks an account after repeated failed logins, the first
 * administrator, and the security configuration of the views and the API.
 */
package org.rspnavigator.webapp.accounts;
