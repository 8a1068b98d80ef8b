package org.openanolis.governance.task.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openanolis.governance.task.TaskKind;

/**
 * The words the task pages use for the engine's codes: each outcome as a person would say it, with one line on
 * what it does, and each kind of case with the page it lives on. The codes stay the API's; only the words are here.
 */
final class TaskChoices {

    /** One outcome of a task as the form offers it. */
    record Choice(String outcome, String label, String explanation, boolean needsComment) {
    }

    private record Words(String label, String explanation) {
    }

    private static final Map<TaskKind, Map<String, Words>> WORDS = new EnumMap<>(TaskKind.class);

    static {
        WORDS.put(TaskKind.SIG_TRIAGE, Map.of(
                "ACCEPT", new Words("Accept", "The proposal goes to the committee vote."),
                "REQUEST_CHANGES", new Words("Request changes", "The proposal goes back to the proposer: say what to change."),
                "REJECT", new Words("Reject", "The proposal ends here (out of scope, a duplicate): say why.")));
        WORDS.put(TaskKind.COMMITTEE_BALLOT, Map.of(
                "APPROVE", new Words("Approve", "You vote for it. A ballot is final."),
                "REJECT", new Words("Reject", "You vote against it: give a reason. A ballot is final."),
                "ABSTAIN", new Words("Abstain", "Your ballot counts towards the quorum without taking a side.")));
        WORDS.put(TaskKind.NO_QUORUM_DECISION, Map.of(
                "RERUN", new Words("Re-run the vote", "A fresh vote opens; the one without quorum stays in the case's history."),
                "CLOSE", new Words("Close the case", "The case ends as expired.")));
        WORDS.put(TaskKind.VOTE_ESCALATION, Map.of(
                "RERUN", new Words("Re-run the vote", "Try to open the vote again, now that the committee has changed."),
                "CLOSE", new Words("Close the case", "The case ends as expired.")));
        WORDS.put(TaskKind.SIG_PROVISIONING, Map.of(
                "DONE", new Words("Done", "The mailing list, repositories and meeting calendar exist: the SIG is announced.")));
        WORDS.put(TaskKind.LEGAL_REVIEW, Map.of(
                "ACCEPT", new Words("Accept the license", "The license is acceptable: the sponsoring SIG is asked to endorse."),
                "REJECT", new Words("Reject", "The license is not acceptable and the proposal ends: say why.")));
        WORDS.put(TaskKind.SIG_ENDORSEMENT, Map.of(
                "ENDORSE", new Words("Endorse", "Your SIG sponsors the project: it goes to due diligence."),
                "DECLINE", new Words("Decline", "Your SIG does not sponsor it, and the proposal is rejected: say why.")));
        WORDS.put(TaskKind.ENDORSEMENT_ESCALATION, Map.of(
                "ENDORSE", new Words("Endorse", "You endorse in the silent SIG's place: the project goes to due diligence."),
                "DECLINE", new Words("Decline", "The proposal is rejected: say why.")));
        Map<String, Words> diligence = Map.of(
                "ACCEPT", new Words("Accept", "This review found nothing that blocks the project."),
                "REJECT", new Words("Reject", "The proposal is rejected and the other review cancelled: say why."));
        WORDS.put(TaskKind.TECHNICAL_DUE_DILIGENCE, diligence);
        WORDS.put(TaskKind.LEGAL_DUE_DILIGENCE, diligence);
        WORDS.put(TaskKind.AGREEMENT_CONFIRMATION, Map.of(
                "SIGNED", new Words("Signed", "The contribution agreement is signed: onboarding starts.")));
        WORDS.put(TaskKind.ONBOARDING_CHECKLIST_ITEM, Map.of(
                "DONE", new Words("Done", "This checklist item is complete.")));
        WORDS.put(TaskKind.PARTNER_ELIGIBILITY, Map.of(
                "ACCEPT", new Words("Accept", "The applicant is eligible: the application goes to technical verification."),
                "REQUEST_CHANGES", new Words("Request changes", "The application goes back to the applicant: say what to change."),
                "REJECT", new Words("Reject", "The application ends here: say why.")));
        WORDS.put(TaskKind.TECHNICAL_VERIFICATION, Map.of(
                "ACCEPT", new Words("Accept", "Every product passes on a supported release: the committee votes next."),
                "REQUEST_CHANGES", new Words("Request changes", "The applicant must fix the reports: say what falls short."),
                "REJECT", new Words("Reject", "The application ends here: say why.")));
        WORDS.put(TaskKind.SANDBOX_REVIEW, Map.of(
                "CONTINUE", new Words("Continue in SANDBOX", "The project stays in SANDBOX; the next review is in a year."),
                "PROPOSE_ARCHIVING", new Words("Propose archiving",
                        "Its archiving case opens in your name, with your comment as the reason: say why.")));
        WORDS.put(TaskKind.STAGE_DUE_DILIGENCE, Map.of(
                "ACCEPT", new Words("Accept", "The evidence holds: the proposal is open for public comment, then the committee votes."),
                "REQUEST_CHANGES", new Words("Request changes", "The proposer must revise the evidence: say what falls short."),
                "REJECT", new Words("Reject", "The stage change ends here: say why.")));
        WORDS.put(TaskKind.ANNUAL_REPORT, Map.of(
                "SUBMIT", new Words("Submit the report", "Publishes the report as written on its page; write it there first.")));
    }

    private TaskChoices() {
    }

    /** The kind's outcomes in the engine's order; an outcome without words here still shows, by its code. */
    static List<Choice> of(TaskKind kind) {
        Map<String, Words> words = WORDS.getOrDefault(kind, Map.of());
        return kind.outcomes().stream().map(outcome -> {
            Words w = words.getOrDefault(outcome, new Words(humanized(outcome), ""));
            return new Choice(outcome, w.label(), w.explanation(), kind.needsComment(outcome));
        }).toList();
    }

    static boolean hasWordsFor(TaskKind kind, String outcome) {
        return WORDS.getOrDefault(kind, Map.of()).containsKey(outcome);
    }

    /** The label of one outcome, for the notice and the error messages. */
    static String label(TaskKind kind, String outcome) {
        return of(kind).stream().filter(c -> c.outcome().equals(outcome)).map(Choice::label).findFirst()
                .orElse(humanized(outcome));
    }

    private static String humanized(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
