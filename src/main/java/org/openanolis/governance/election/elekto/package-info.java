/**
 * An election as an Elekto election folder (election.yaml, voters.yaml, candidate-&lt;id&gt;.md), so a community can
 * load the same election into Elekto and check our count against Elekto's. Pure text, no web layer, no database.
 */
package org.openanolis.governance.election.elekto;
