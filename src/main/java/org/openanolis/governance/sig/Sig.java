package org.openanolis.governance.sig;

import java.time.Instant;
import java.util.List;

/**
 * A SIG in the directory, as the API shows it: its charter, its leads and the leads it had, and its last activity
 * (its creation, a leadership change, a chair's check-in), from which its health follows; a RETIRED SIG its
 * retirement (null otherwise). The status is a {@link SigState}.
 */
public record Sig(String name, String displayName, String mission, String scopeIn, String scopeOut,
                  List<String> chairs, List<String> techLeads, List<EmeritusLead> emeritusLeads, String mailingList,
                  MeetingCadence meetingCadence, List<String> repositories, String status, Instant createdAt,
                  Instant lastActivityAt, Retirement retirement) {
}
