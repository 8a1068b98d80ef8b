/** The REST API of SIG proposals, their ballots and the SIG directory. */
package org.openanolis.governance.sig.web;
