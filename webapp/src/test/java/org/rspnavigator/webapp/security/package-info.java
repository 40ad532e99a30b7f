/**
 * Probes of the whole API, as an attacker and a careless client would send them: who may call
 * every endpoint, hostile text in every field read back from every place that shows it, and
 * malformed requests of every kind. docs/security.md names what each of them checks.
 */
package org.rspnavigator.webapp.security;
