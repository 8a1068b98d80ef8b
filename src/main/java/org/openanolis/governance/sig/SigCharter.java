package org.openanolis.governance.sig;

import java.util.List;

import org.openanolis.governance.cases.CaseDetails;

/**
 * The SIG a proposal would create, as its proposer last submitted it: checked, typed, and replaced whole by a
 * revision.
 */
public record SigCharter(String name, String displayName, String mission, String scopeIn, String scopeOut,
                         List<String> chairs, List<String> techLeads, String securityContact,
                         MeetingCadence meetingCadence, String mailingList, List<String> repositories)
        implements CaseDetails {

    @Override
    public String caseName() {
        return name;
    }
}
