package org.openanolis.governance.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseIntake;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.FormVerdict;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * A project's archiving (DOMAIN.md "Life after entry", Projects): a maintainer, a chair of the sponsoring SIG or the
 * committee chair proposes it with a reason; after the public comment period the committee decides by a SUPER
 * vote. Archived, the project stays in the directory as ARCHIVED, and its maturity log records when and by which
 * case.
 */
@Service
@RequiredArgsConstructor
public class ProjectArchivings implements CaseIntake<ProjectArchiving, ArchivingProposal> {

    private final CaseKind<ProjectArchiving> kind;
    private final CaseLifecycle lifecycle;
    private final CaseMail mail;
    private final ProjectDirectory projects;
    private final ProjectArchivingRepository archivings;
    private final SigDirectory sigs;
    private final People people;
    private final Timeline timeline;
    private final Clock clock;

    /** Who may propose is decided first where the project is known; its row stays locked. */
    @Transactional
    @Override
    public ProjectArchiving submit(ArchivingProposal proposal, String proposer) {
        List<FieldProblem> invalid = new ArrayList<>();
        String project = TextRules.singleLine("project", proposal.project(), 40, true, invalid)
                ? projects.lockLive(proposal.project().strip()).orElse(null) : null;
        if (project != null) {
            requireProposer(project, proposer);
        } else if (invalid.isEmpty()) {
            invalid.add(FieldProblem.of("project", "not-live-project"));
        }
        TextRules.multiLine("reason", proposal.reason(), 4000, true, invalid);
        List<FieldProblem> clashes = new ArrayList<>();
        ArchivingProposal clean = new ArchivingProposal(project, proposal.reason());
        if (invalid.isEmpty() && archivings.openCaseNamed(clean.caseName(), null)) {
            clashes.add(FieldProblem.of("project", "open-archiving"));
        }
        new FormVerdict(invalid, clashes).orRefuse(Languages.text("error.project.archiving-already-proposed"));
        return lifecycle.open(kind, proposer,
                now -> new ProjectArchiving(CaseHeader.opened(proposer, DecisionStatus.COMMENT_PERIOD, now), clean),
                clean.reason(), NoticeType.SUBMITTED_RECEIPT, Map.of());
    }

    /** Why the archiving of this id proposed to archive its project, if there is such an archiving. */
    public Optional<String> reasonOf(String caseId) {
        return archivings.find(caseId).map(archiving -> archiving.getDetails().reason());
    }

    /** A maintainer, a chair of the sponsoring SIG, or the committee chair; an archived project takes no proposal. */
    public boolean mayPropose(String project, String person) {
        return projects.find(project).filter(p -> p.status() != ProjectStage.ARCHIVED)
                .map(p -> p.maintainers().contains(person) || sponsorChairs(p).contains(person)
                        || people.isMember(person, Groups.COMMITTEE_CHAIR))
                .orElse(false);
    }

    public void requireProposer(String project, String person) {
        if (!mayPropose(project, person)) {
            throw new ForbiddenException(Languages.text("error.project.only-maintainer-may-archive", project));
        }
    }

    // ---- steps of project-archiving.bpmn, called by its delegates ----

    /** The committee approved: the project is ARCHIVED, and its maintainers, its SIG's chairs and the community are told. */
    @Transactional
    public void carryOut(String caseId) {
        ProjectArchiving c = kind.find(caseId);
        Optional<String> project = projects.lockLive(c.getDetails().project());
        if (project.isEmpty()) {
            lifecycle.record(kind, caseId, "NOT_CARRIED_OUT", Timeline.SYSTEM, TimelineComment.of("project-already-archived",
                    c.getDetails().project()));
            return;
        }
        Instant now = clock.instant();
        projects.moveTo(project.get(), ProjectStage.ARCHIVED, now, caseId);
        lifecycle.record(kind, caseId, "PROJECT_ARCHIVED", Timeline.SYSTEM, TimelineComment.of("project-is", project.get(),
                TimelineComment.word("stage." + ProjectStage.ARCHIVED)));
        Project archived = projects.find(project.get()).orElseThrow();
        Set<String> told = new LinkedHashSet<>(archived.maintainers());
        told.addAll(sponsorChairs(archived));
        mail.announce(c, NoticeType.PROJECT_ARCHIVED, told);
    }

    public void expire(String caseId) {
        lifecycle.expire(kind, caseId, ProjectArchiving::expire);
    }

    private List<String> sponsorChairs(Project project) {
        return sigs.find(project.sponsorSig()).filter(s -> sigs.isLive(s.name())).map(Sig::chairs).orElse(List.of());
    }
}
