package org.openanolis.governance.election;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.FormVerdict;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The nomination period (DOMAIN.md "Elections"): voters nominate candidates with a statement, candidates accept,
 * voters endorse; a person not on the roll asks for an exception, which an officer decides in an ELECTION_EXCEPTION
 * task. Everything here is refused outside the period.
 */
@Service
@RequiredArgsConstructor
public class Nominations {

    public static final int MAX_STATEMENT = 5000;
    static final String EXCEPTION_REQUESTED = "ElectionExceptionRequested";
    static final String EXCEPTION_ID = "exceptionId";
    static final String EXCEPTION_PERSON = "exceptionPerson";

    private final CaseKind<Election> elections;
    private final ElectionSchedules schedules;
    private final VoterRoll roll;
    private final Candidacies candidacies;
    private final VoterExceptions exceptions;
    private final Elections officers;
    private final CaseLifecycle lifecycle;
    private final CaseMail mail;
    private final People people;
    private final RuntimeService runtimeService;
    private final Clock clock;

    /** A voter nominates a registered person, themselves included; a self-nomination is accepted at once. */
    @Transactional
    public Candidacy nominate(String electionId, NominationForm form, String nominator) {
        Election election = requireNominationOpen(electionId);
        requireVoter(electionId, nominator);
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> clashes = new ArrayList<>();
        Person candidate = null;
        if (TextRules.singleLine("candidate", form.candidate(), 100, true, invalid)) {
            candidate = people.find(form.candidate().strip()).orElse(null);
            if (candidate == null) {
                invalid.add(FieldProblem.of("candidate", "not-registered"));
            } else if (officers.isOfficer(candidate.id())) {
                invalid.add(FieldProblem.of("candidate", "officer-candidate"));
            } else if (candidacies.find(electionId, candidate.id()).isPresent()) {
                clashes.add(FieldProblem.of("candidate", "nominated-already"));
            }
        }
        TextRules.multiLine("statement", form.statement(), MAX_STATEMENT, true, invalid);
        new FormVerdict(invalid, clashes).orRefuse(Languages.text("error.election.nominated-already"));
        Instant now = clock.instant();
        candidacies.nominate(electionId, candidate.id(), candidate.organization(), form.statement().strip(),
                nominator, now);
        lifecycle.record(elections, electionId, "NOMINATED", nominator,
                TimelineComment.of("nominated", people.displayName(candidate.id())));
        if (VoterRoll.key(candidate.id()).equals(VoterRoll.key(nominator))) {
            candidacies.accept(electionId, candidate.id(), now);
        } else {
            mail.toPeople(election, NoticeType.ELECTION_NOMINATED, List.of(candidate.id()),
                    Map.of("nominator", people.displayName(nominator)));
        }
        return candidacies.find(electionId, candidate.id()).orElseThrow();
    }

    /** The candidate accepts their nomination. */
    @Transactional
    public Candidacy accept(String electionId, String candidate, String caller) {
        requireNominationOpen(electionId);
        Candidacy candidacy = candidacy(electionId, candidate);
        if (!VoterRoll.key(candidacy.person()).equals(VoterRoll.key(caller))) {
            throw new ForbiddenException(Languages.text("error.election.only-candidate-accepts"));
        }
        if (!candidacy.isAccepted()) {
            candidacies.accept(electionId, candidacy.person(), clock.instant());
            lifecycle.record(elections, electionId, "NOMINATION_ACCEPTED", caller, null);
        }
        return candidacy(electionId, candidate);
    }

    /** A voter endorses a candidacy, not their own, once. */
    @Transactional
    public Candidacy endorse(String electionId, String candidate, String endorser) {
        requireNominationOpen(electionId);
        VoterRoll.Voter voter = requireVoter(electionId, endorser);
        Candidacy candidacy = candidacy(electionId, candidate);
        if (VoterRoll.key(candidacy.person()).equals(VoterRoll.key(endorser))) {
            throw new ConflictException(Languages.text("error.election.own-endorsement"));
        }
        if (candidacies.endorsed(electionId, candidacy.person(), endorser)) {
            throw new ConflictException(Languages.text("error.election.endorsed-already"));
        }
        candidacies.endorse(electionId, candidacy.person(), voter.id(), voter.organization(), clock.instant());
        lifecycle.record(elections, electionId, "ENDORSED", endorser,
                TimelineComment.of("endorsed", people.displayName(candidacy.person())));
        return candidacy(electionId, candidate);
    }

    /** A person not on the roll asks to vote, with a reason; the officers get an ELECTION_EXCEPTION task. */
    @Transactional
    public VoterException requestException(String electionId, String reason, String person) {
        Election election = requireNominationOpen(electionId);
        if (roll.contains(electionId, person)) {
            throw new ConflictException(Languages.text("error.election.on-roll-already"));
        }
        if (exceptions.pendingFor(electionId, person)) {
            throw new ConflictException(Languages.text("error.election.exception-pending"));
        }
        List<FieldProblem> invalid = new ArrayList<>();
        TextRules.multiLine("reason", reason, 4000, true, invalid);
        new FormVerdict(invalid, List.of()).orRefuse(null);
        VoterException request = new VoterException(UUID.randomUUID().toString(), electionId, person, reason.strip(),
                VoterException.REQUESTED, clock.instant(), null, null, null);
        exceptions.insert(request);
        lifecycle.record(elections, electionId, "EXCEPTION_REQUESTED", person, null);
        // Into the event subprocess's own scope: each request's task reads its own id, however many are open at once
        // (a process variable would be the last request's for all of them).
        runtimeService.createMessageCorrelation(EXCEPTION_REQUESTED).processInstanceId(election.getProcessInstanceId())
                .setVariableToTriggeredScope(EXCEPTION_ID, request.id())
                .setVariableToTriggeredScope(EXCEPTION_PERSON, person)
                .correlateWithResult();
        return request;
    }

    /** The requests an officer may read all of, and anyone else only their own. */
    @Transactional(readOnly = true)
    public List<VoterException> exceptions(String electionId, String reader) {
        elections.find(electionId);
        return exceptions.of(electionId).stream()
                .filter(e -> officers.isOfficer(reader) || VoterRoll.key(e.person()).equals(VoterRoll.key(reader)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Candidacy> candidacies(String electionId) {
        elections.find(electionId);
        return candidacies.all(electionId);
    }

    private Candidacy candidacy(String electionId, String candidate) {
        return candidacies.find(electionId, candidate).orElseThrow(() -> new NotFoundException(
                Languages.text("error.election.no-candidacy", candidate)));
    }

    private Election requireNominationOpen(String electionId) {
        Election election = elections.find(electionId);
        if (election.getStatus() != ElectionStatus.NOMINATING
                || !schedules.of(electionId).nominationIsOpen(clock.instant())) {
            throw new ConflictException(Languages.text("error.election.not-nominating"));
        }
        return election;
    }

    private VoterRoll.Voter requireVoter(String electionId, String person) {
        return roll.find(electionId, person).orElseThrow(() -> new ForbiddenException(
                Languages.text("error.election.not-a-voter")));
    }
}
