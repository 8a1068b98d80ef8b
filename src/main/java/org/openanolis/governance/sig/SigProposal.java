package org.openanolis.governance.sig;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseRecord;

import lombok.Getter;

/**
 * A proposal to create a SIG. Its state changes only through the methods below, each of which
 * refuses a move that Process 1 does not allow.
 */
@Getter
public class SigProposal extends CaseRecord<SigStatus> {

    public static final String CASE_TYPE = "SIG_PROPOSAL";

    private String name;
    private String displayName;
    private String mission;
    private String scopeIn;
    private String scopeOut;
    private List<String> chairs;
    private List<String> techLeads;
    private String securityContact;
    private MeetingCadence meetingCadence;
    private String mailingList;
    private List<String> repositories;

    public SigProposal(String id, String name, String displayName, String mission, String scopeIn, String scopeOut,
                       List<String> chairs, List<String> techLeads, String securityContact,
                       MeetingCadence meetingCadence, String mailingList, List<String> repositories, String proposer,
                       SigStatus status, Instant submittedAt, Instant updatedAt, String processInstanceId) {
        super(SigCaseType.SIG_PROPOSAL, id, proposer, status, submittedAt, updatedAt, processInstanceId);
        this.name = name;
        this.displayName = displayName;
        this.mission = mission;
        this.scopeIn = scopeIn;
        this.scopeOut = scopeOut;
        this.chairs = chairs;
        this.techLeads = techLeads;
        this.securityContact = securityContact;
        this.meetingCadence = meetingCadence;
        this.mailingList = mailingList;
        this.repositories = repositories;
    }

    @Override
    public String caseName() {
        return name;
    }

    @Override
    protected void addToMail(Map<String, Object> model) {
        model.put("displayName", displayName);
        model.put("mailingList", mailingList);
    }

    @Override
    protected SigStatus withdrawnStatus() {
        return SigStatus.WITHDRAWN;
    }

    void accept(Instant at) {
        move(Set.of(SigStatus.TRIAGE), SigStatus.VOTING, at);
    }

    void requestChanges(Instant at) {
        move(Set.of(SigStatus.TRIAGE), SigStatus.CHANGES_REQUESTED, at);
    }

    void rejectInTriage(Instant at) {
        move(Set.of(SigStatus.TRIAGE), SigStatus.REJECTED, at);
    }

    void revise(SigProposalForm form, String resolvedMailingList, Instant at) {
        move(Set.of(SigStatus.CHANGES_REQUESTED), SigStatus.TRIAGE, at);
        name = form.name();
        displayName = form.displayName();
        mission = form.mission();
        scopeIn = form.scopeIn();
        scopeOut = form.scopeOut();
        chairs = List.copyOf(form.chairsOrEmpty());
        techLeads = List.copyOf(form.techLeadsOrEmpty());
        securityContact = form.securityContact();
        meetingCadence = MeetingCadence.valueOf(form.meetingCadence());
        mailingList = resolvedMailingList;
        repositories = List.copyOf(form.repositoriesOrEmpty());
    }





    void approve(Instant at) {
        move(Set.of(SigStatus.PROVISIONING), SigStatus.APPROVED, at);
    }

    void expire(Instant at) {
        move(Set.of(SigStatus.CHANGES_REQUESTED, SigStatus.VOTING, SigStatus.NO_QUORUM), SigStatus.EXPIRED, at);
    }

    /** Everyone the vote must recuse: the proposer and the proposed chairs and tech leads. */
    public Set<String> involvedPeople() {
        Set<String> involved = new LinkedHashSet<>();
        involved.add(getProposer());
        involved.addAll(chairs);
        involved.addAll(techLeads);
        return involved;
    }
}
