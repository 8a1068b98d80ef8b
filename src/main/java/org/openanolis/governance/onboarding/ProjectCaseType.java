package org.openanolis.governance.onboarding;

import java.util.LinkedHashSet;
import java.util.Set;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CommitteeDecision;
import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.vote.VoteCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The project proposal as a kind of case (never revised, only withdrawn), and a project's archiving. */
@Configuration(proxyBeanMethods = false)
public class ProjectCaseType {

    public static final CaseType PROJECT_PROPOSAL = new CaseType(ProjectProposal.CASE_TYPE,
            "project-proposals", "Project proposal", "proposal", "proposer", "projectOnboarding", null,
            "ProjectProposalWithdrawn");

    public static final CaseType ARCHIVING = new CaseType("PROJECT_ARCHIVING", "project-archivings",
            "Project archiving", "proposal", "proposer", "projectArchiving", null, "ProjectArchivingWithdrawn");

    /**
     * A listed project itself, for what happens to it outside any one case (its yearly SANDBOX review): its history
     * is kept under this key, and its tasks and mails link to its page, {@code /projects/{name}}.
     */
    public static final CaseType PROJECT = new CaseType("PROJECT", "projects", "Project", "project", "maintainer",
            SandboxReviews.PROCESS_KEY, null, null);

    @Bean
    CaseType projectItselfCaseType() {
        return PROJECT;
    }

    @Bean
    CaseType projectArchivingCaseType() {
        return ARCHIVING;
    }

    /** An archiving is open for comment first, then the committee's SUPER vote recusing the proposer decides. */
    @Bean
    CaseKind<ProjectArchiving> projectArchivingKind(ProjectArchivingRepository archivings) {
        return new CaseKind<>(ARCHIVING, archivings,
                CommitteeDecision.afterPublicComment(a -> a.voteRecusing(Set.of(a.getProposer()))));
    }

    @Bean
    CaseType projectProposalCaseType() {
        return PROJECT_PROPOSAL;
    }

    @Bean
    CaseKind<ProjectProposal> projectProposalKind(ProjectProposalRepository proposals, People people) {
        return new CaseKind<>(PROJECT_PROPOSAL, proposals,
                CommitteeDecision.of(p -> subject(p, people), ProjectProposalStatus.VOTING,
                        ProjectProposalStatus.NO_QUORUM, ProjectProposalStatus.AGREEMENT_PENDING,
                        ProjectProposalStatus.REJECTED));
    }

    /**
     * The proposer and the maintainers are recused, and so is every member of the originating organization, of the
     * proposer's own organization and of each maintainer's (DOMAIN.md): the originating organization is what the
     * proposer typed, so it alone would let a proposer name another and vote through colleagues.
     */
    private static VoteCase subject(ProjectProposal p, People people) {
        Set<String> organizations = new LinkedHashSet<>();
        organizations.add(p.getDetails().originOrganization());
        people.all(p.involvedPeople()).stream().map(Person::organization).filter(o -> o != null && !o.isBlank())
                .forEach(organizations::add);
        return new VoteCase(p.getDetails().name(), p.getProposer(), p.involvedPeople(), organizations);
    }
}
