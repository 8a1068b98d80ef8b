package org.openanolis.governance.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.FormVerdict;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The committee between elections (DOMAIN.md "The committee"): who may propose a removal or an appointment, what
 * makes one valid, and what the committee's approval changes: the {@code steering-committee} group and the record
 * of terms. A vote already open keeps the electorate it opened with; the next one counts the committee as it is.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(ElectionProperties.class)
public class CommitteeMembership {

    /** The longest person's name a case is named with (its column's size); case names are kept in 200 characters. */
    private static final int MAX_NAME = 150;

    private final CaseKind<CommitteeRemoval> removals;
    private final CaseKind<CommitteeAppointment> appointments;
    private final CommitteeRemovalRepository removalRecords;
    private final CommitteeAppointmentRepository appointmentRecords;
    private final CaseLifecycle lifecycle;
    private final CaseMail mail;
    private final People people;
    private final CommitteeTerms terms;
    private final ElectionProperties election;
    private final Clock clock;

    /** A member or the committee chair proposes to remove a member, with a reason. */
    @Transactional
    public CommitteeRemoval proposeRemoval(Removal removal, String proposer) {
        requireRemovalProposer(proposer);
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> clashes = new ArrayList<>();
        if (TextRules.singleLine("member", removal.member(), 100, true, invalid)
                && !people.isMember(removal.member().strip(), Groups.STEERING_COMMITTEE)) {
            invalid.add(FieldProblem.of("member", "not-committee-member"));
        }
        TextRules.multiLine("reason", removal.reason(), 4000, true, invalid);
        Removal clean = invalid.isEmpty() ? new Removal(removal.member().strip(), removal.reason(),
                nameOf(removal.member().strip())) : removal;
        if (invalid.isEmpty() && removalRecords.openCaseNamed(clean.caseKey(), null)) {
            clashes.add(FieldProblem.of("member", "open-removal"));
        }
        new FormVerdict(invalid, clashes).orRefuse(Languages.text("error.committee.removal-already-proposed"));
        return lifecycle.open(removals, proposer,
                now -> new CommitteeRemoval(CaseHeader.opened(proposer, DecisionStatus.VOTING, now), clean),
                clean.reason(), NoticeType.SUBMITTED_RECEIPT, Map.of());
    }

    /** The committee chair proposes a registered person for a vacancy, within the organization cap. */
    @Transactional
    public CommitteeAppointment proposeAppointment(Appointment appointment, String proposer) {
        requireAppointmentProposer(proposer);
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> clashes = new ArrayList<>();
        Person person = null;
        if (TextRules.singleLine("person", appointment.person(), 100, true, invalid)) {
            person = people.find(appointment.person().strip()).orElse(null);
            if (person == null) {
                invalid.add(FieldProblem.of("person", "not-registered-person"));
            } else if (people.isMember(person.id(), Groups.STEERING_COMMITTEE)) {
                invalid.add(FieldProblem.of("person", "already-committee-member"));
            }
        }
        TextRules.multiLine("reason", appointment.reason(), 4000, true, invalid);
        Appointment clean = invalid.isEmpty() ? new Appointment(person.id(), appointment.reason(),
                nameOf(person.id())) : appointment;
        if (invalid.isEmpty()) {
            checkCap(person, clashes);
            if (appointmentRecords.openCaseNamed(clean.caseKey(), null)) {
                clashes.add(FieldProblem.of("person", "open-appointment"));
            }
        }
        new FormVerdict(invalid, clashes).orRefuse(Languages.text("error.committee.appointment-not-now"));
        return lifecycle.open(appointments, proposer,
                now -> new CommitteeAppointment(CaseHeader.opened(proposer, DecisionStatus.VOTING, now), clean),
                clean.reason(), NoticeType.SUBMITTED_RECEIPT, Map.of());
    }

    /**
     * The person as the case is named after them: "Name (id)", or the id alone for a name so long that the case's
     * name would not fit where votes and mails keep it.
     */
    private String nameOf(String person) {
        String name = people.displayName(person);
        return name.length() <= MAX_NAME ? name : person;
    }

    public boolean mayProposeRemoval(String person) {
        return people.isMember(person, Groups.STEERING_COMMITTEE) || people.isMember(person, Groups.COMMITTEE_CHAIR);
    }

    public boolean mayProposeAppointment(String person) {
        return people.isMember(person, Groups.COMMITTEE_CHAIR);
    }

    /** Who may propose is checked first, also before a form is shown, so nobody fills one in only to be refused. */
    public void requireRemovalProposer(String person) {
        if (!mayProposeRemoval(person)) {
            throw new ForbiddenException(Languages.text("error.committee.removal-who"));
        }
    }

    public void requireAppointmentProposer(String person) {
        if (!mayProposeAppointment(person)) {
            throw new ForbiddenException(Languages.text("error.committee.appointment-who"));
        }
    }

    // ---- steps of committee-removal.bpmn and committee-appointment.bpmn, called by their delegates ----

    /** The committee removed the member: out of the committee (and the chair's role), kept as emeritus. */
    @Transactional
    public void remove(String caseId) {
        CommitteeRemoval removal = removals.find(caseId);
        String member = removal.getDetails().member();
        people.leave(member, Groups.STEERING_COMMITTEE);
        people.leave(member, Groups.COMMITTEE_CHAIR);
        terms.ended(member, clock.instant(), caseId);
        lifecycle.record(removals, caseId, "MEMBER_REMOVED", Timeline.SYSTEM,
                TimelineComment.of("member-removed", people.displayName(member)));
        mail.announce(removal, NoticeType.COMMITTEE_MEMBER_REMOVED, committeeAnd(member));
    }

    /** The committee appointed the person: they join the committee, and the next vote counts them. */
    @Transactional
    public void appoint(String caseId) {
        CommitteeAppointment appointment = appointments.find(caseId);
        String person = appointment.getDetails().person();
        people.join(person, Groups.STEERING_COMMITTEE);
        terms.started(person, clock.instant(), caseId);
        lifecycle.record(appointments, caseId, "MEMBER_APPOINTED", Timeline.SYSTEM,
                TimelineComment.of("member-appointed", people.displayName(person)));
        mail.announce(appointment, NoticeType.COMMITTEE_MEMBER_APPOINTED, committeeAnd(person));
    }

    public void expireRemoval(String caseId) {
        lifecycle.expire(removals, caseId, CommitteeRemoval::expire);
    }

    public void expireAppointment(String caseId) {
        lifecycle.expire(appointments, caseId, CommitteeAppointment::expire);
    }

    /** The committee as it is, with the start of each member's term where it is on record, and its emeritus. */
    public Committee committee() {
        List<CommitteeTerm> all = terms.all();
        List<Committee.Member> members = people.membersOf(Groups.STEERING_COMMITTEE).stream()
                .map(p -> new Committee.Member(p.id(), p.name(), p.organization(),
                        people.isMember(p.id(), Groups.COMMITTEE_CHAIR), all.stream()
                                .filter(t -> t.person().equals(p.id()) && !t.isOver())
                                .map(CommitteeTerm::startedAt).filter(Objects::nonNull).findFirst().orElse(null)))
                .toList();
        List<String> current = members.stream().map(Committee.Member::id).toList();
        List<Committee.Emeritus> emeritus = all.stream().filter(t -> t.isOver() && !current.contains(t.person()))
                .map(t -> new Committee.Emeritus(t.person(), people.find(t.person()).map(Person::name)
                        .orElse(t.person()), t.startedAt(), t.endedAt(), t.endedBy()))
                .toList();
        return new Committee(members, emeritus);
    }

    // ---- the committee an election fills (DOMAIN.md "Elections") ----

    /**
     * The members who stay on after an election whose term starts then: those whose term ends later. A member of
     * the first committee, or one appointed between elections, serves until the next election's term start.
     */
    public List<Person> continuingMembers(Instant termStart) {
        return people.membersOf(Groups.STEERING_COMMITTEE).stream()
                .filter(member -> terms.endOfOpenTerm(member.id()).filter(end -> end.isAfter(termStart)).isPresent())
                .toList();
    }

    /** The seats each organization keeps through continuing members, by organization in lower case. */
    public Map<String, Integer> continuingSeats(Instant termStart) {
        Map<String, Integer> seats = new HashMap<>();
        continuingMembers(termStart).stream().map(Person::organization)
                .filter(organization -> organization != null && !organization.isBlank())
                .forEach(organization -> seats.merge(organization.toLowerCase(Locale.ROOT), 1, Integer::sum));
        return seats;
    }

    /**
     * The new term starts: the winners serve a term of {@code term} from now (a re-elected member starts a new one),
     * and members whose term ended without re-election leave the committee and become emeritus. Answers who left.
     * Votes already open keep the electorate they opened with.
     */
    @Transactional
    public List<String> startTerm(List<String> winners, Instant termStart, String caseId) {
        Instant now = clock.instant();
        Instant endsAt = now.plus(election.term());
        Set<String> staying = new HashSet<>(continuingMembers(termStart).stream().map(Person::id).toList());
        List<String> left = new ArrayList<>();
        for (Person member : people.membersOf(Groups.STEERING_COMMITTEE)) {
            if (!staying.contains(member.id())) {
                terms.ended(member.id(), now, caseId);
                if (!winners.contains(member.id())) {
                    people.leave(member.id(), Groups.STEERING_COMMITTEE);
                    people.leave(member.id(), Groups.COMMITTEE_CHAIR);
                    left.add(member.id());
                }
            }
        }
        for (String winner : winners) {
            if (!staying.contains(winner)) {
                people.join(winner, Groups.STEERING_COMMITTEE);
                terms.started(winner, now, caseId, endsAt);
            }
        }
        return left;
    }

    /** The organization cap counts the committee after the appointment, the person included. */
    private void checkCap(Person person, List<FieldProblem> clashes) {
        String organization = person.organization();
        if (organization == null || organization.isBlank()) {
            return;
        }
        long seats = people.membersOf(Groups.STEERING_COMMITTEE).stream()
                .filter(member -> organization.equalsIgnoreCase(member.organization())).count();
        if (seats + 1 > election.maxSeatsPerOrganization()) {
            clashes.add(FieldProblem.of("person", "seats-per-organization", organization,
                    election.maxSeatsPerOrganization()));
        }
    }

    private List<String> committeeAnd(String person) {
        List<String> ids = new ArrayList<>(people.membersOf(Groups.STEERING_COMMITTEE).stream().map(Person::id).toList());
        ids.add(person);
        return ids;
    }
}
