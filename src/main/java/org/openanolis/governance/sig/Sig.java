package org.openanolis.governance.sig;

import java.time.Instant;
import java.util.List;

/** An ACTIVE SIG in the directory, as the API shows it. */
public record Sig(String name, String displayName, String mission, String scopeIn, String scopeOut,
                  List<String> chairs, List<String> techLeads, String mailingList, MeetingCadence meetingCadence,
                  List<String> repositories, String status, Instant createdAt) {
}
