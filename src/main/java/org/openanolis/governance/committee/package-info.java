/**
 * The steering committee between elections (DOMAIN.md "The committee"): removing a member by an ABSOLUTE vote,
 * appointing a person to a vacancy by a SIMPLE vote, and the record of who served when, emeritus members included.
 */
package org.openanolis.governance.committee;
