/** Elections in the REST API: opening, nominations, exceptions, ballots, and the published result and exports. */
package org.openanolis.governance.election.web;
