package org.openanolis.governance.notification;

import java.util.Map;

/**
 * What a notification is about. Each type has a plain-text and an HTML template under {@code templates/mail/}
 * and a phrase that, after the case's name in brackets, makes the subject: {@code [sig-confidential-ai] Vote opened}.
 */
public enum NoticeType {
    SUBMITTED_RECEIPT("submitted-receipt", "Proposal received"),
    TRIAGE_REQUESTED("triage-requested", "Triage requested"),
    TASK_ASSIGNED("task-assigned", "New task") {
        @Override
        Object detail(Map<String, ?> model) {
            return model.get("taskTitle");
        }
    },
    CHANGES_REQUESTED("changes-requested", "Changes requested"),
    REVISION_REMINDER("revision-reminder", "Reminder: changes requested"),
    REJECTED_IN_TRIAGE("rejected-in-triage", "Rejected in triage"),
    RESUBMITTED("resubmitted", "Proposal revised"),
    VOTE_OPENED("vote-opened", "Vote opened"),
    VOTE_OPENED_RECUSED("vote-opened-recused", "Vote opened (you are recused)"),
    VOTE_REMINDER("vote-reminder", "Reminder: your ballot"),
    VOTE_EXTENDED("vote-extended", "Vote extended"),
    VOTE_NO_QUORUM("vote-no-quorum", "Vote ended without quorum"),
    VOTE_RESULT("vote-result", "Vote result") {
        @Override
        Object detail(Map<String, ?> model) {
            return model.get("outcome");
        }
    },
    VOTE_CANCELLED("vote-cancelled", "Vote cancelled"),
    WITHDRAWN("withdrawn", "Withdrawn"),
    EXPIRED("expired", "Expired"),
    SIG_ANNOUNCED("sig-announced", "New SIG approved"),
    PROJECT_RECEIPT("project-receipt", "Project proposal received"),
    PROJECT_REJECTED("project-rejected", "Rejected"),
    AGREEMENT_REMINDER("agreement-reminder", "Reminder: contribution agreement"),
    CHECKLIST_OVERDUE("checklist-overdue", "Onboarding checklist overdue"),
    PROJECT_ACCEPTED("project-accepted", "Accepted as a Sandbox project"),
    PARTNER_APPLICATION_RECEIVED("partner-application-received", "Partner application received"),
    PARTNER_CHANGES_REQUESTED("partner-changes-requested", "Changes requested"),
    PARTNER_REJECTED("partner-rejected", "Partner application rejected"),
    PARTNER_VERIFICATION_OVERDUE("partner-verification-overdue", "Technical verification overdue"),
    PARTNER_LISTED("partner-listed", "Partner listed"),
    PARTNER_CERTIFICATE_EXPIRING("partner-certificate-expiring", "Partner certificate expires soon"),
    PARTNER_CERTIFICATE_EXPIRED("partner-certificate-expired", "Partner certificate expired"),
    PARTNER_REVOKED("partner-revoked", "Partner revoked"),
    COMMITTEE_MEMBER_REMOVED("committee-member-removed", "Removed from the steering committee"),
    COMMITTEE_MEMBER_APPOINTED("committee-member-appointed", "Appointed to the steering committee"),
    SIG_LEADERSHIP_CHANGED("sig-leadership-changed", "Leadership changed"),
    SIG_LEAD_STEPPED_DOWN("sig-lead-stepped-down", "A lead stepped down"),
    SIG_INACTIVE("sig-inactive", "Marked INACTIVE"),
    SIG_RETIRED("sig-retired", "SIG retired"),
    PROJECT_SPONSOR_NEEDED("project-sponsor-needed", "Your project needs a new sponsoring SIG"),
    PROJECT_ARCHIVED("project-archived", "Project archived"),
    SANDBOX_REVIEW_OVERDUE("sandbox-review-overdue", "SANDBOX review unanswered"),
    STAGE_CHANGE_RECEIPT("stage-change-receipt", "Stage change proposed"),
    STAGE_CHANGE_REJECTED("stage-change-rejected", "Stage change rejected"),
    PROJECT_STAGE_CHANGED("project-stage-changed", "Project stage changed"),
    SIG_REPORT_DUE("sig-report-due", "Annual report due"),
    SIG_REPORT_OVERDUE("sig-report-overdue", "Annual report overdue"),
    ELECTION_NOMINATION_OPENED("election-nomination-opened", "Nominations open"),
    ELECTION_NOMINATED("election-nominated", "You were nominated"),
    ELECTION_EXCEPTION_ANSWERED("election-exception-answered", "Your request to vote was answered"),
    ELECTION_VOTING_OPENED("election-voting-opened", "Voting open"),
    ELECTION_REMINDER("election-reminder", "Reminder: you have not voted"),
    ELECTION_FAILED("election-failed", "Election failed: no candidate"),
    ELECTION_RESULT("election-result", "Election result"),
    ELECTION_ANNULLED("election-annulled", "Election declared void");

    private final String template;
    private final String phrase;

    NoticeType(String template, String phrase) {
        this.template = template;
        this.phrase = phrase;
    }

    /** The template's name without extension: {@code mail/<template>.txt} and {@code mail/<template>.html}. */
    public String template() {
        return template;
    }

    /**
     * The subject's words after the case name in English, for example {@code "Vote result"}; the message
     * {@code mail.subject.<template>} gives them in each language.
     */
    String phrase() {
        return phrase;
    }

    /** What follows the phrase after a colon, such as the outcome of {@code "Vote result: APPROVED"}; usually none. */
    Object detail(Map<String, ?> model) {
        return null;
    }
}
