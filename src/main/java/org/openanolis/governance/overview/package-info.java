/**
 * The pages that look across every feature: the home page with the directories of SIGs, projects and partners,
 * "My cases" and "How decisions are made". They depend on the features; nothing depends on them, so the features
 * can share the portal's building blocks ({@code portal}) without a cycle.
 */
package org.openanolis.governance.overview;
