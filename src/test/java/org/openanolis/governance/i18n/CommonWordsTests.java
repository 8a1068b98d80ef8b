package org.openanolis.governance.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.onboarding.ProjectProposalStatus;
import org.openanolis.governance.onboarding.ProjectStage;
import org.openanolis.governance.onboarding.StageChangeStatus;
import org.openanolis.governance.partner.ApplicationStatus;
import org.openanolis.governance.partner.PartnerStatus;
import org.openanolis.governance.partner.RevocationStatus;
import org.openanolis.governance.sig.ReportStatus;
import org.openanolis.governance.sig.SigState;
import org.openanolis.governance.sig.SigStatus;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.vote.Ballots;
import org.openanolis.governance.vote.Threshold;
import org.openanolis.governance.vote.VoteOutcome;
import org.openanolis.governance.vote.VoteStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * The codes the domain and the engine hand to pages (statuses, stages, ballots, thresholds, timeline events) each
 * have their word in English and in Chinese, so a page never shows a missing key. English keeps the words the
 * pages showed before they had messages: a status, stage, ballot or threshold reads as its code, an event as its
 * code in words.
 */
class CommonWordsTests {

    /** The statuses a case, a partner, a SIG, a report or a vote shows in its badge. */
    private static final List<Class<? extends Enum<?>>> STATUSES = List.of(SigStatus.class,
            ProjectProposalStatus.class, StageChangeStatus.class, DecisionStatus.class, ApplicationStatus.class,
            PartnerStatus.class, RevocationStatus.class, SigState.class, ReportStatus.class, VoteStatus.class,
            VoteOutcome.class);

    /**
     * Every event the features record on a timeline, as found where they record them. Those the source scan below
     * cannot see (a constant, a table of rejection steps) are here too.
     */
    private static final List<String> EVENTS = List.of("SUBMITTED", "REVISED", "WITHDRAWN", "EXPIRED", "COMMENTED",
            "ACCEPTED_FOR_VOTE", "CHANGES_REQUESTED", "REJECTED_IN_TRIAGE", "REVISION_REMINDER", "APPROVED", "REJECTED",
            "VOTE_OPENED", Ballots.BALLOT_CAST, "VOTE_REMINDER", "VOTE_EXTENDED", "VOTE_CLOSED", "VOTE_NO_QUORUM",
            "VOTE_ESCALATED", "VOTE_CANCELLED", "CHAIR_DECIDED", "NOT_CARRIED_OUT", "LICENSE_ACCEPTED",
            "REJECTED_IN_LEGAL_REVIEW", "ENDORSED", "ENDORSEMENT_DECLINED", "ENDORSEMENT_ESCALATED",
            "DUE_DILIGENCE_PASSED", "REJECTED_IN_DUE_DILIGENCE", "REJECTED_IN_TECHNICAL_DUE_DILIGENCE",
            "REJECTED_IN_LEGAL_DUE_DILIGENCE", "AGREEMENT_REMINDER", "AGREEMENT_SIGNED", "CHECKLIST_OVERDUE",
            "ACCEPTED", "PROJECT_STAGE_CHANGED", "PROJECT_ARCHIVED", "ARCHIVING_PROPOSED", "SANDBOX_REVIEWED",
            "SANDBOX_REVIEW_OVERDUE", "PROJECT_HANDED_OVER", "SPONSOR_NEEDED", "ELIGIBILITY_ACCEPTED",
            "TECHNICALLY_VERIFIED", "VERIFICATION_OVERDUE", "LISTED", "RENEWED", "CERTIFICATE_REMINDER",
            "CERTIFICATE_EXPIRED", "REVOCATION_REQUESTED", "REVOKED", "REVOCATION_REJECTED", "REVOCATION_CLOSED",
            "LEADERSHIP_CHANGED", "STEPPED_DOWN", "SIG_RETIRED", "RETIRED", "CHECKED_IN", "SPONSORED_PROJECT",
            "MARKED_INACTIVE", "ANNUAL_REPORT_OPENED", "ANNUAL_REPORT_SUBMITTED", "ANNUAL_REPORT_REMINDER",
            "ANNUAL_REPORT_OVERDUE", "ANNUAL_REPORT_MISSED", "MEMBER_APPOINTED", "MEMBER_REMOVED");

    /** A call that writes to a timeline, up to the end of its statement. */
    private static final Pattern RECORDING = Pattern.compile(
            "(?:timeline\\.record|lifecycle\\.(?:record|step|remindProposer|remindChair))\\(([^;]*);");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([A-Z][A-Z_]+)\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final MessageSource messages = Languages.messageSource();

    @Test
    void everyStatusReadsAsItsCodeInEnglishAndHasChineseWords() {
        for (Class<? extends Enum<?>> type : STATUSES) {
            for (Enum<?> status : type.getEnumConstants()) {
                assertWords("status." + status.name(), status.name());
            }
        }
    }

    @Test
    void everyStageBallotAndThresholdReadsAsItsCodeInEnglishAndHasChineseWords() {
        for (ProjectStage stage : ProjectStage.values()) {
            assertWords("stage." + stage.name(), stage.name());
        }
        for (BallotChoice choice : BallotChoice.values()) {
            assertWords("ballot." + choice.name(), choice.name());
        }
        for (Threshold threshold : Threshold.values()) {
            assertWords("threshold." + threshold.name(), threshold.name());
        }
    }

    @Test
    void everyTimelineEventReadsAsItsCodeInWordsInEnglishAndHasChineseWords() throws IOException {
        Set<String> events = new TreeSet<>(EVENTS);
        events.addAll(recordedInTheSource());
        for (String event : events) {
            assertWords("event." + event, inWords(event));
        }
    }

    @Test
    void theSourceScanFindsTheEventsItShould() throws IOException {
        assertThat(recordedInTheSource()).contains("SUBMITTED", "REVISION_REMINDER", "VOTE_OPENED", "LISTED",
                "ANNUAL_REPORT_OPENED", "MEMBER_REMOVED");
    }

    private void assertWords(String key, String english) {
        assertThat(message(key, Languages.ENGLISH)).as("%s in English", key).isEqualTo(english);
        assertThat(message(key, Languages.CHINESE)).as("%s in Chinese", key).containsPattern(HAN);
    }

    private String message(String key, Locale locale) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            return "??" + key + "??";
        }
    }

    /** How the timeline showed an event before it had messages: {@code VOTE_NO_QUORUM} is "Vote no quorum". */
    private static String inWords(String event) {
        String words = event.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The event codes written as literals into the calls that record on a timeline. */
    private static Set<String> recordedInTheSource() throws IOException {
        Set<String> events = new TreeSet<>();
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
        }
        for (Path source : sources) {
            Matcher call = RECORDING.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (call.find()) {
                Matcher literal = CODE_LITERAL.matcher(call.group(1));
                while (literal.find()) {
                    events.add(literal.group(1));
                }
            }
        }
        return events;
    }
}
