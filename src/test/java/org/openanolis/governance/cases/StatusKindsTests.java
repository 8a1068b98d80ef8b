package org.openanolis.governance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.onboarding.ProjectProposalStatus;
import org.openanolis.governance.partner.ApplicationStatus;
import org.openanolis.governance.sig.SigStatus;

class StatusKindsTests {

    private static final List<Class<? extends Enum<?>>> KINDS = List.of(SigStatus.class, ProjectProposalStatus.class,
            ApplicationStatus.class);

    @Test
    void everyKindHasExactlyOneStatusAWithdrawalLeadsTo() {
        for (Class<? extends Enum<?>> statuses : KINDS) {
            assertThat(Arrays.stream(statuses.getEnumConstants()).map(CaseStatus.class::cast)
                    .filter(s -> s.kind() == StatusKind.WITHDRAWN)).as(statuses.getSimpleName()).hasSize(1);
        }
    }

    @Test
    void aStatusNamedNowhereIsOpen() {
        assertThat(SigStatus.TRIAGE.kind()).isEqualTo(StatusKind.OPEN);
        assertThat(SigStatus.TRIAGE.phase()).isEqualTo(CasePhase.OPEN);
        assertThat(SigStatus.TRIAGE.isOpen()).isTrue();
        assertThat(SigStatus.TRIAGE.awaitsRevision()).isFalse();
        assertThat(SigStatus.TRIAGE.takesComments()).isFalse();
    }

    @Test
    void eachKindGivesItsPhaseAndWhatTheMechanismTreatsApart() {
        assertThat(SigStatus.CHANGES_REQUESTED.awaitsRevision()).isTrue();
        assertThat(SigStatus.CHANGES_REQUESTED.phase()).isEqualTo(CasePhase.OPEN);
        assertThat(SigStatus.PROVISIONING.phase()).isEqualTo(CasePhase.DECIDED);
        assertThat(SigStatus.PROVISIONING.isOpen()).as("decided but not closed: still withdrawable").isTrue();
        assertThat(ProjectProposalStatus.AGREEMENT_PENDING.phase()).isEqualTo(CasePhase.DECIDED);
        assertThat(ApplicationStatus.LISTED.phase()).isEqualTo(CasePhase.CLOSED);
        assertThat(ApplicationStatus.WITHDRAWN.isOpen()).isFalse();
        assertThat(ProjectProposalStatus.LEGAL_REVIEW.awaitsRevision()).as("a project proposal is never revised")
                .isFalse();
    }
}
