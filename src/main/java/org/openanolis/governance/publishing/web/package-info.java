/**
 * The decision register over HTTP, public: {@code /api/public/resolutions} (JSON, or Markdown minutes of one), the
 * Atom feed at {@code /feeds/resolutions.atom}, the portal's "Decisions" pages, and the directory exports under
 * {@code /exports/}.
 */
package org.openanolis.governance.publishing.web;
