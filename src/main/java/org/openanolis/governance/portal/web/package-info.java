/** Controllers of the portal's shared pages. */
package org.openanolis.governance.portal.web;
