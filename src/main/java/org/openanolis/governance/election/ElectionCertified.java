package org.openanolis.governance.election;

import java.util.List;

/** The officers certified an election's count: the result is public, the winners as seated in order. */
public record ElectionCertified(String electionId, String title, List<String> winners) {
}
