/** The committee's cases and its members in the API and the portal. */
package org.openanolis.governance.committee.web;
