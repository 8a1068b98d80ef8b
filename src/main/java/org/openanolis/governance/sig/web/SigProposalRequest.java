package org.openanolis.governance.sig.web;

import java.util.List;

import org.openanolis.governance.sig.SigProposalForm;

/** The body of POST and PUT /api/sig-proposals; enums arrive as strings so every bad field is reported at once. */
record SigProposalRequest(String name, String displayName, String mission, String scopeIn, String scopeOut,
                          List<String> chairs, List<String> techLeads, String securityContact, String meetingCadence,
                          String mailingList, List<String> repositories) {

    SigProposalForm toForm() {
        return new SigProposalForm(name, displayName, mission, scopeIn, scopeOut, chairs, techLeads, securityContact,
                meetingCadence, mailingList, repositories);
    }
}
