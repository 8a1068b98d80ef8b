package org.openanolis.governance.election;

/** The body of POST /api/elections/{id}/nominations: who is nominated (the nominator themselves included) and why. */
public record NominationForm(String candidate, String statement) {
}
