/**
 * Elections of the steering committee (DOMAIN.md "Elections"): the voter roll, nominations, secret ranked ballots,
 * the Schulze count with the organization cap, certification and the start of the new term.
 */
package org.openanolis.governance.election;
