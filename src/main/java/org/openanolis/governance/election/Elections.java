package org.openanolis.governance.election;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.committee.ElectionProperties;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.FormVerdict;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.system.TextRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Elections as officers open and everybody reads them (DOMAIN.md "Elections"): one open at a time, by a member of
 * {@code election-officers}, run by bpmn/committee-election.bpmn from the dates of its schedule.
 */
@Service
@RequiredArgsConstructor
public class Elections {

    /** The process variables its timers wait for, as ISO-8601 instants. */
    static final String NOMINATION_OPENS = "nominationOpens";
    static final String VOTING_OPENS = "votingOpens";
    static final String HALFWAY = "halfway";
    static final String DAY_BEFORE = "dayBefore";
    static final String VOTING_CLOSES = "votingCloses";
    static final String TERM_STARTS = "termStarts";

    private final CaseKind<Election> elections;
    private final ElectionRepository records;
    private final ElectionSchedules schedules;
    private final CaseLifecycle lifecycle;
    private final People people;
    private final ElectionProperties properties;
    private final Clock clock;

    @Transactional
    public Election open(ElectionForm form, String officer) {
        requireOfficer(officer);
        List<FieldProblem> invalid = new ArrayList<>();
        ElectionFormValidator.Checked checked = ElectionFormValidator.check(form, properties.maxSeatsPerOrganization(),
                properties.term(), clock.instant(), invalid);
        List<FieldProblem> clashes = new ArrayList<>();
        if (invalid.isEmpty() && records.openCaseNamed(form.title().strip(), null)) {
            clashes.add(FieldProblem.of("title", "open-election"));
        }
        new FormVerdict(invalid, clashes).orRefuse(Languages.text("error.election.title-taken"));
        ElectionSchedule schedule = checked.schedule();
        Map<String, Object> variables = new HashMap<>();
        variables.put(NOMINATION_OPENS, schedule.nominationOpens().toString());
        variables.put(VOTING_OPENS, schedule.votingOpens().toString());
        variables.put(HALFWAY, schedule.halfway().toString());
        variables.put(DAY_BEFORE, Optional.ofNullable(schedule.dayBefore()).orElse(schedule.halfway()).toString());
        variables.put(VOTING_CLOSES, schedule.votingCloses().toString());
        variables.put(TERM_STARTS, schedule.termStarts().toString());
        // The schedule is written before the process starts, though nothing reads it before the first timer fires.
        return lifecycle.open(elections, officer, now -> {
            Election election = new Election(CaseHeader.opened(officer, ElectionStatus.SCHEDULED, now), checked.call());
            schedules.insert(election.getId(), schedule, BallotKeys.fresh());
            return election;
        }, null, NoticeType.SUBMITTED_RECEIPT, variables);
    }

    /** The officer who opened the election cancels it before voting closes, saying why. */
    @Transactional
    public Election cancel(String id, String officer, String reason) {
        Election election = elections.find(id);
        if (!election.isCancellable()) {
            throw new ConflictException(Languages.text("error.election.not-cancellable"));
        }
        List<FieldProblem> invalid = new ArrayList<>();
        TextRules.multiLine("reason", reason, 4000, true, invalid);
        new FormVerdict(invalid, List.of()).orRefuse(null);
        return lifecycle.withdraw(elections, id, officer, reason);
    }

    @Transactional(readOnly = true)
    public Election find(String id) {
        return elections.find(id);
    }

    @Transactional(readOnly = true)
    public ElectionSchedule schedule(String id) {
        return schedules.of(elections.find(id).getId());
    }

    @Transactional(readOnly = true)
    public Page<Election> list(PageRequest page) {
        return records.page(null, page);
    }

    public boolean isOfficer(String person) {
        return people.isMember(person, Groups.ELECTION_OFFICERS);
    }

    public void requireOfficer(String person) {
        if (!isOfficer(person)) {
            throw new ForbiddenException(Languages.text("error.election.officers-only"));
        }
    }
}
