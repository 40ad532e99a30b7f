/**
 * HTTP plumbing: the API's base path and its errors as problem documents, the security headers of
 * every answer, the guards that refuse malformed or oversized requests before they reach a
 * controller, file attachments, the embedded server's settings, and how an unreachable database
 * is told from other errors and answered at every door.
 */
package org.rspnavigator.webapp.platform.web;
