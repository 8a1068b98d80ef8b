/**
 * Webhooks (DOMAIN.md "Publishing"): administrators register a URL, a secret and the events it hears (a case
 * submitted, a vote opened or closed, a resolution, a SIG's or a project's status changed); each event writes one
 * signed delivery per webhook into an outbox in the event's own transaction, and a dispatcher sends it after commit,
 * off every request thread, with the mail outbox's claims, retries and FAILED state. Public data only.
 */
package org.openanolis.governance.webhook;
