/** The REST API of partner applications, their ballots, the partner directory and revocations. */
package org.openanolis.governance.partner.web;
