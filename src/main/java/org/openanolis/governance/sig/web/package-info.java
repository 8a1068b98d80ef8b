/** The REST API of SIG proposals, their ballots and the SIG directory; the portal's forms to propose, revise and withdraw. */
package org.openanolis.governance.sig.web;
