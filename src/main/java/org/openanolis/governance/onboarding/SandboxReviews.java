package org.openanolis.governance.onboarding;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.sig.SigHealth;
import org.openanolis.governance.task.TaskDecision;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The yearly review of a SANDBOX project (DOMAIN.md "Life after entry", Projects): 12 months after the project
 * entered SANDBOX, and yearly while it stays there, its sponsoring SIG's chairs get a SANDBOX_REVIEW task: CONTINUE,
 * or PROPOSE_ARCHIVING, which opens the archiving case in their name. Unanswered after 60 days, the committee chair
 * is told. The project's history (its timeline under {@code PROJECT}) records each answer.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(SandboxReviewProperties.class)
public class SandboxReviews {

    public static final String PROCESS_KEY = "projectSandboxReview";

    private final JdbcClient jdbc;
    private final ProjectDirectory projects;
    private final ProjectArchivings archivings;
    private final SigDirectory sigs;
    private final SigHealth health;
    private final CaseMail mail;
    private final Timeline timeline;
    private final RuntimeService runtime;
    private final SandboxReviewProperties properties;
    private final Clock clock;

    /**
     * The daily check: every SANDBOX project whose last review, or its entry into SANDBOX, is a review period ago
     * and that has no review open gets one. Running it twice opens nothing more.
     */
    @Transactional
    public void openDue() {
        Instant now = clock.instant();
        dueBefore(now.minus(properties.sandboxReviewEvery())).forEach(this::open);
    }

    /** Opens the project's review now: its row, and the process whose task its SIG's chairs answer. */
    @Transactional
    public void open(String project) {
        jdbc.sql("insert into project_review (project_name, opened_at) values (:project, :at)")
                .param("project", project).param("at", Timestamp.from(clock.instant())).update();
        runtime.startProcessInstanceByKey(PROCESS_KEY, project, Map.of(CaseLifecycle.CASE_TYPE,
                ProjectCaseType.PROJECT.key(), CaseLifecycle.CASE_ID, project, CaseLifecycle.CASE_NAME, project));
    }

    /** The chairs of the SIG sponsoring the project: the review task's candidates. */
    public List<String> reviewers(String project) {
        return projects.find(project).flatMap(p -> sigs.find(p.sponsorSig())).map(Sig::chairs).orElse(List.of());
    }

    public String answerWithin() {
        return properties.sandboxReviewAnswerWithin().toString();
    }

    // ---- steps of project-sandbox-review.bpmn, called by its delegates ----

    /** The chairs keep the project in SANDBOX for another year. */
    @Transactional
    public void keep(String project, TaskDecision decision) {
        decide(project, "CONTINUE", decision);
        sigActivity(project, decision, TimelineComment.of("kept-in-sandbox", project));
        timeline.record(ProjectCaseType.PROJECT.key(), project, "SANDBOX_REVIEWED", decision.actor(),
                decision.comment() == null ? TimelineComment.of("stays-in-sandbox") : decision.comment());
    }

    /** The chairs propose the project's archiving, with their comment as its reason. */
    @Transactional
    public void proposeArchiving(String project, TaskDecision decision) {
        decide(project, "PROPOSE_ARCHIVING", decision);
        sigActivity(project, decision, TimelineComment.of("proposed-to-archive", project));
        ProjectArchiving archiving = archivings.submit(new ArchivingProposal(project, decision.comment()),
                decision.actor());
        timeline.record(ProjectCaseType.PROJECT.key(), project, "ARCHIVING_PROPOSED", decision.actor(),
                archiving.getId());
    }

    /** Nobody answered in time: the committee chair is told, and the task stays open. */
    @Transactional
    public void remindCommitteeChair(String project) {
        timeline.record(ProjectCaseType.PROJECT.key(), project, "SANDBOX_REVIEW_OVERDUE", Timeline.SYSTEM, null);
        mail.about(ProjectCaseType.PROJECT, project, project, NoticeType.SANDBOX_REVIEW_OVERDUE, List.of(), true,
                Map.of());
    }

    private void sigActivity(String project, TaskDecision decision, String what) {
        projects.find(project).ifPresent(p -> health.sponsoredProjectActivity(p.sponsorSig(), decision.actor(), what));
    }

    private void decide(String project, String outcome, TaskDecision decision) {
        jdbc.sql("""
                        update project_review set decided_at = :at, outcome = :outcome, decided_by = :by
                        where project_name = :project and decided_at is null""")
                .param("at", Timestamp.from(clock.instant())).param("outcome", outcome)
                .param("by", decision.actor()).param("project", project).update();
    }

    private List<String> dueBefore(Instant threshold) {
        return jdbc.sql("""
                        select p.name from project p
                        where p.status = 'SANDBOX'
                          and not exists (select 1 from project_review r
                                          where r.project_name = p.name and r.decided_at is null)
                          and coalesce((select max(r.opened_at) from project_review r where r.project_name = p.name),
                                       (select max(l.at) from project_stage_log l
                                        where l.project_name = p.name and l.stage = 'SANDBOX'),
                                       p.accepted_at) < :threshold
                        order by p.name""")
                .param("threshold", Timestamp.from(threshold)).query(String.class).list();
    }
}
