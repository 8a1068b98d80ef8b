package org.openanolis.governance.sig;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.system.CaseWords;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.task.Inbox;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * A SIG's annual report (DOMAIN.md "Life after entry", SIGs): each year on {@code governance.sig.annual-report.opens}
 * every ACTIVE SIG's chairs get an ANNUAL_REPORT task, prefilled with the facts of the twelve months before; they
 * write its achievements, plans and help needed, and submit it, which counts as the SIG's activity. Reminders and
 * the committee chair's notice are its process's timers; a report still open when the next one opens, or when the
 * SIG retires, is MISSED.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(AnnualReportProperties.class)
public class SigReports {

    public static final String PROCESS_KEY = "sigAnnualReport";
    /** The process variable naming the report's year. */
    public static final String YEAR = "reportYear";
    public static final String CLOSED_MESSAGE = "SigAnnualReportClosed";
    public static final String SUBMIT = "SUBMIT";

    private final SigReportRepository reports;
    private final ReportFactsReader facts;
    private final SigDirectory directory;
    private final CaseMail mail;
    private final Timeline timeline;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Inbox inbox;
    private final AnnualReportProperties properties;
    private final Clock clock;

    /**
     * The daily check: from the opening day of the year on, every ACTIVE SIG without this year's report gets one.
     * Running it twice opens nothing more; a node that was down on the day opens them the day after.
     */
    @Transactional
    public void openDue() {
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        Instant opens = properties.opensOn().atYear(year).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (now.isBefore(opens)) {
            return;
        }
        for (String sig : directory.inState(SigState.ACTIVE)) {
            if (!reports.exists(sig, year)) {
                open(sig, year, now);
            }
        }
    }

    private void open(String sig, int year, Instant now) {
        reports.open(sig).ifPresent(previous -> miss(previous, TimelineComment.of("report-missed-next-opened", previous.year(), year)));
        Instant from = now.atZone(ZoneOffset.UTC).minusYears(1).toInstant();
        reports.insert(sig, year, now, now.plus(properties.dueAfter()), facts.read(sig, from, now));
        String process = runtime.startProcessInstanceByKey(PROCESS_KEY, sig, Map.of(
                CaseLifecycle.CASE_TYPE, SigCaseType.SIG.key(), CaseLifecycle.CASE_ID, sig,
                CaseLifecycle.CASE_NAME, sig, YEAR, year)).getId();
        reports.attachProcess(sig, year, process);
        timeline.record(SigCaseType.SIG.key(), sig, "ANNUAL_REPORT_OPENED", Timeline.SYSTEM, Integer.toString(year));
    }

    /** The SIG's reports, the latest first; the drafts of open ones only to its chairs. */
    public List<AnnualReport> of(String sigName, String reader) {
        String sig = canonical(sigName);
        boolean chair = isChair(sig, reader);
        return reports.of(sig).stream().map(r -> visible(r, chair)).toList();
    }

    public AnnualReport find(String sigName, int year, String reader) {
        String sig = canonical(sigName);
        AnnualReport report = reports.find(sig, year)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.sig.no-report", year, sig)));
        return visible(report, isChair(sig, reader));
    }

    /** Whether this person may write the report now: it is open, and they chair its SIG. */
    public boolean mayWrite(AnnualReport report, String person) {
        return report.status() == ReportStatus.OPEN && isChair(report.sig(), person);
    }

    /** A chair saves the report's text, to submit later; every problem of the text comes back in one 400. */
    @Transactional
    public AnnualReport saveDraft(String sigName, int year, ReportText text, String chair) {
        String sig = canonical(sigName);
        AnnualReport report = reports.lock(sig, year)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.sig.no-report", year, sig)));
        if (!isChair(report.sig(), chair)) {
            throw new ForbiddenException(Languages.text("error.sig.only-chair-may-write-report", report.sig()));
        }
        if (report.status() != ReportStatus.OPEN) {
            throw new ConflictException(Languages.text("error.sig.report-status", year, report.sig(),
                    CaseWords.status(report.status())));
        }
        reports.saveText(report.sig(), year, clean(text));
        return reports.find(report.sig(), year).orElseThrow();
    }

    /** The portal's "Submit": the text is saved and the chair's ANNUAL_REPORT task completed, in one transaction. */
    @Transactional
    public AnnualReport submit(String sig, int year, ReportText text, String chair) {
        AnnualReport saved = saveDraft(sig, year, text, chair);
        String process = reports.processOf(saved.sig(), year).orElseThrow();
        Task task = tasks.createTaskQuery().processInstanceId(process)
                .taskDefinitionKey(TaskKind.ANNUAL_REPORT.taskDefinitionKeys().iterator().next()).singleResult();
        if (task == null) {
            throw new ConflictException(Languages.text("error.sig.report-no-open-task", year, saved.sig()));
        }
        inbox.complete(task.getId(), chair, SUBMIT, null);
        return reports.find(saved.sig(), year).orElseThrow();
    }

    // ---- steps of sig-annual-report.bpmn, called by its delegates ----

    /** Submitted: the report is public, and it is the SIG's activity. */
    @Transactional
    public void publish(String sig, int year, String chair) {
        AnnualReport report = reports.lock(sig, year).orElseThrow();
        if (report.status() != ReportStatus.OPEN) {
            return;
        }
        Instant now = clock.instant();
        reports.submit(sig, year, chair, now);
        directory.recordActivity(sig, now);
        timeline.record(SigCaseType.SIG.key(), sig, "ANNUAL_REPORT_SUBMITTED", chair, Integer.toString(year));
    }

    /** The due date, or 14 days after it, passed: the chairs are reminded, unless it was submitted meanwhile. */
    @Transactional
    public void remindChairs(String sig, int year) {
        if (stillOpen(sig, year)) {
            timeline.record(SigCaseType.SIG.key(), sig, "ANNUAL_REPORT_REMINDER", Timeline.SYSTEM,
                    Integer.toString(year));
            mail.about(SigCaseType.SIG, sig, sig, NoticeType.SIG_REPORT_DUE, directory.leadsOf(sig).chairs(), false,
                    Map.of("year", year));
        }
    }

    /** 30 days past the due date: the committee chair is told; the task stays open. */
    @Transactional
    public void tellCommitteeChair(String sig, int year) {
        if (stillOpen(sig, year)) {
            timeline.record(SigCaseType.SIG.key(), sig, "ANNUAL_REPORT_OVERDUE", Timeline.SYSTEM,
                    Integer.toString(year));
            mail.about(SigCaseType.SIG, sig, sig, NoticeType.SIG_REPORT_OVERDUE, List.of(), true, Map.of("year", year));
        }
    }

    /** A retired SIG writes no more reports: its open one is MISSED. */
    @EventListener
    void onRetired(SigRetired retired) {
        reports.open(retired.sig()).ifPresent(r -> miss(r, TimelineComment.of("report-missed-sig-retired", r.year())));
    }

    /** {@code why} is the timeline comment, which names the report's year. */
    private void miss(AnnualReport report, String why) {
        reports.miss(report.sig(), report.year());
        timeline.record(SigCaseType.SIG.key(), report.sig(), "ANNUAL_REPORT_MISSED", Timeline.SYSTEM, why);
        reports.processOf(report.sig(), report.year()).ifPresent(process -> runtime
                .createMessageCorrelation(CLOSED_MESSAGE).processInstanceId(process).correlateAllWithResult());
    }

    /** The SIG's name as registered, whatever its state; 404 for a name no SIG has. */
    private String canonical(String typed) {
        return directory.find(typed).map(Sig::name)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.sig.none", typed)));
    }

    private boolean stillOpen(String sig, int year) {
        return reports.lock(sig, year).map(r -> r.status() == ReportStatus.OPEN).orElse(false);
    }

    private boolean isChair(String sig, String person) {
        return person != null && directory.find(sig).map(s -> s.chairs().contains(person)).orElse(false);
    }

    private static AnnualReport visible(AnnualReport report, boolean chair) {
        return report.status() == ReportStatus.SUBMITTED || chair ? report : report.withoutDraft();
    }

    /** The text as stored: each part stripped, help needed null when blank; achievements and plans are required. */
    private static ReportText clean(ReportText text) {
        ReportText typed = text == null ? new ReportText(null, null, null) : text;
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.multiLine("achievements", typed.achievements(), ReportText.MAX, true, problems);
        TextRules.multiLine("plans", typed.plans(), ReportText.MAX, true, problems);
        TextRules.multiLine("helpNeeded", typed.helpNeeded(), ReportText.MAX, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReportText(lines(typed.achievements()), lines(typed.plans()),
                blank(typed.helpNeeded()) ? null : lines(typed.helpNeeded()));
    }

    /** Stripped, with a browser's CRLF line breaks as the LF of the API, so that Markdown reads the same either way. */
    private static String lines(String text) {
        return text.strip().replace("\r\n", "\n");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
