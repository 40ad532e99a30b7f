/**
 * The JSON API under {@code /api/v1}. Responses are plain records built from the catalog, so the
 * wire format is explicit and does not change when a model class does. Errors are RFC 9457
 * problem documents ({@code application/problem+json}), never stack traces.
 */
package org.rspnavigator.webapp.api;
