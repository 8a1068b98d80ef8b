/**
 * What the community reads outside the portal, generated from the engine's records so that it never disagrees with
 * them (DOMAIN.md "Publishing"): the decision register, each closed committee vote a numbered resolution, as JSON,
 * an Atom feed, Markdown minutes and the public "Decisions" page; the directory exports (sub-package
 * {@code exports}); and the calendars (.ics): each SIG's meetings, the committee's vote deadlines and comment periods,
 * and each person's own at a secret link. Public data only: a vote is published once it has closed, never while it
 * runs; a running vote shows only when it closes.
 */
package org.openanolis.governance.publishing;
