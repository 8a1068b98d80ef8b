/** The REST API of partner applications, their ballots, the partner directory and revocations; the portal's forms to apply, revise and withdraw. */
package org.openanolis.governance.partner.web;
