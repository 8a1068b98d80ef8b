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

/** The project proposal as a kind of case (never revised, only withdrawn), a project's stage change and its archiving. */
@Configuration(proxyBeanMethods = false)
public class ProjectCaseType {

    public static final CaseType PROJECT_PROPOSAL = new CaseType(ProjectProposal.CASE_TYPE,
            "project-proposals", "Project proposal", "proposal", "proposer", "projectOnboarding", null,
            "ProjectProposalWithdrawn");

    public static final CaseType ARCHIVING = new CaseType("PROJECT_ARCHIVING", "project-archivings",
            "Project archiving", "proposal", "proposer", "projectArchiving", null, "ProjectArchivingWithdrawn");

    public static final CaseType STAGE_CHANGE = new CaseType("PROJECT_STAGE_CHANGE", "project-stage-changes",
            "Project stage change", "proposal", "proposer", "projectStageChange", "ProjectStageChangeRevised",
            "ProjectStageChangeWithdrawn");

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
    CaseType projectStageChangeCaseType() {
        return STAGE_CHANGE;
    }

    /**
     * A stage change is open for comment once due diligence accepts it, then the committee votes (SIMPLE for
     * INCUBATING, SUPER for GRADUATED, as its process says) with the project's people and organizations recused.
     */
    @Bean
    CaseKind<ProjectStageChange> projectStageChangeKind(ProjectStageChangeRepository changes, ProjectDirectory projects,
                                                        People people) {
        return new CaseKind<>(STAGE_CHANGE, changes, CommitteeDecision.afterCommentPeriod(
                c -> subject(c, projects, people), StageChangeStatus.COMMENT_PERIOD, StageChangeStatus.VOTING,
                StageChangeStatus.NO_QUORUM, StageChangeStatus.APPROVED, StageChangeStatus.REJECTED));
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
        return recusing(p.getDetails().name(), p.getProposer(), p.involvedPeople(),
                p.getDetails().originOrganization(), people);
    }

    /** A stage change recuses as the onboarding did: the maintainers, the proposer (one of them) and their organizations. */
    private static VoteCase subject(ProjectStageChange c, ProjectDirectory projects, People people) {
        Project project = projects.find(c.getDetails().project()).orElseThrow();
        Set<String> involved = new LinkedHashSet<>(project.maintainers());
        involved.add(c.getProposer());
        return recusing(c.caseName(), c.getProposer(), involved, project.originOrganization(), people);
    }

    private static VoteCase recusing(String name, String proposer, Set<String> involved, String originOrganization,
                                     People people) {
        Set<String> organizations = new LinkedHashSet<>();
        if (originOrganization != null && !originOrganization.isBlank()) {
            organizations.add(originOrganization);
        }
        people.all(involved).stream().map(Person::organization).filter(o -> o != null && !o.isBlank())
                .forEach(organizations::add);
        return new VoteCase(name, proposer, involved, organizations);
    }
}
