/**
 * What operators see of the running application besides its health endpoints: the application's
 * own timers ({@code rsp.documents.render}, {@code rsp.statements.render}, {@code rsp.search})
 * and the signed-in user in the log context of API requests. See docs/operations.md.
 */
package org.rspnavigator.webapp.operations;
