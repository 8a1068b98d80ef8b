/**
 * The decision register over HTTP, public: {@code /api/public/resolutions} (JSON, or Markdown minutes of one), the
 * Atom feed at {@code /feeds/resolutions.atom} and the portal's "Decisions" pages.
 */
package org.openanolis.governance.publishing.web;
