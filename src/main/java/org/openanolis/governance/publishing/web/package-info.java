/**
 * The decision register over HTTP, public: {@code /api/public/resolutions} (JSON, or Markdown minutes of one), the
 * Atom feed at {@code /feeds/resolutions.atom}, the portal's "Decisions" pages, the directory exports under
 * {@code /exports/}; the calendars under {@code /calendars/} and the signed-in person's "My calendar" page with their
 * secret link.
 */
package org.openanolis.governance.publishing.web;
