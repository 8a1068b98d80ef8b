package org.openanolis.governance.committee;

import java.util.Set;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CommitteeDecision;
import org.openanolis.governance.casetype.CaseType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The committee's two kinds of case. A removal recuses the member concerned and the proposer; an appointment the
 * proposer (the person appointed has no ballot yet). The vote's threshold is in each BPMN: ABSOLUTE and SIMPLE.
 */
@Configuration(proxyBeanMethods = false)
public class CommitteeCaseTypes {

    public static final CaseType REMOVAL = new CaseType("COMMITTEE_REMOVAL", "committee-removals",
            "Committee removal", "proposal", "proposer", "committeeMemberRemoval", null, "CommitteeRemovalWithdrawn");

    public static final CaseType APPOINTMENT = new CaseType("COMMITTEE_APPOINTMENT", "committee-appointments",
            "Committee appointment", "proposal", "proposer", "committeeAppointment", null,
            "CommitteeAppointmentWithdrawn");

    @Bean
    CaseType committeeRemovalCaseType() {
        return REMOVAL;
    }

    @Bean
    CaseType committeeAppointmentCaseType() {
        return APPOINTMENT;
    }

    @Bean
    CaseKind<CommitteeRemoval> committeeRemovalKind(CommitteeRemovalRepository removals) {
        return new CaseKind<>(REMOVAL, removals, CommitteeDecision.straightToVote(
                r -> r.voteRecusing(Set.of(r.getProposer(), r.getDetails().member()))));
    }

    @Bean
    CaseKind<CommitteeAppointment> committeeAppointmentKind(CommitteeAppointmentRepository appointments) {
        return new CaseKind<>(APPOINTMENT, appointments, CommitteeDecision.straightToVote(
                a -> a.voteRecusing(Set.of(a.getProposer()))));
    }
}
