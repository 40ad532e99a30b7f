/**
 * HTTP plumbing: the API's base path and its errors as problem documents, the security headers of
 * every answer, the guards that refuse malformed or oversized requests before they reach a
 * controller, file attachments, and the embedded server's settings.
 */
package org.rspnavigator.webapp.platform.web;
