/**
 * What every page of the portal uses: a case's page and diagram, the withdrawal form, form problems, badges and
 * dates. The features build their pages from it; the pages across features live in {@code overview}.
 */
package org.openanolis.governance.portal;
