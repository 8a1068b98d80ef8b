/**
 * What the community reads outside the portal, generated from the engine's records so that it never disagrees with
 * them (DOMAIN.md "Publishing"): the decision register, each closed committee vote a numbered resolution, as JSON,
 * an Atom feed, Markdown minutes and the public "Decisions" page; and the directory exports (sub-package
 * {@code exports}). Public data only: a vote is published once it has closed, never while it runs.
 */
package org.openanolis.governance.publishing;
