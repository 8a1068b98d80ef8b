package org.openanolis.governance.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openanolis.governance.cases.CaseSubmitted;
import org.openanolis.governance.election.ElectionCaseType;
import org.openanolis.governance.election.ElectionCertified;
import org.openanolis.governance.onboarding.ProjectStageChanged;
import org.openanolis.governance.publishing.ResolutionRecorded;
import org.openanolis.governance.sig.SigStatusChanged;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.vote.VoteEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The domain's events as webhook deliveries. Plain listeners, so each runs in the transaction that published its
 * event and its deliveries commit or roll back with it. What goes out is public: names, statuses, outcomes and a
 * resolution's number, never a running vote's ballots or counts, nor anything a person keeps private.
 */
@Component
class DomainEventsToWebhooks {

    private final WebhookOutbox outbox;
    private final String baseUrl;

    DomainEventsToWebhooks(WebhookOutbox outbox, GovernanceProperties properties) {
        this.outbox = outbox;
        this.baseUrl = properties.baseUrl();
    }

    @EventListener
    void on(CaseSubmitted submitted) {
        outbox.write(WebhookEvent.CASE_SUBMITTED,
                aCase(submitted.caseType(), submitted.caseId(), submitted.caseName()));
    }

    @EventListener
    void on(VoteEvents.VoteOpened opened) {
        Map<String, Object> data = aCase(opened.caseType(), opened.caseId(), opened.caseName());
        data.put("voteId", opened.voteId());
        outbox.write(WebhookEvent.VOTE_OPENED, data);
    }

    @EventListener
    void on(VoteEvents.VoteDecided decided) {
        voteClosed(decided.caseType(), decided.caseId(), decided.caseName(), decided.voteId(),
                decided.outcome().name());
    }

    @EventListener
    void on(VoteEvents.VoteEndedWithoutQuorum ended) {
        voteClosed(ended.caseType(), ended.caseId(), ended.caseName(), ended.voteId(), "NO_QUORUM");
    }

    @EventListener
    void on(ResolutionRecorded resolution) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", resolution.number());
        data.putAll(aCase(resolution.caseType(), resolution.caseId(), resolution.caseName()));
        data.put("outcome", resolution.outcome());
        data.put("decidedAt", text(resolution.decidedAt()));
        data.put("url", baseUrl + "/api/public/resolutions/" + resolution.number());
        outbox.write(WebhookEvent.RESOLUTION, data);
    }

    @EventListener
    void on(SigStatusChanged changed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sig", changed.sig());
        data.put("from", changed.from() == null ? null : changed.from().name());
        data.put("to", changed.to().name());
        outbox.write(WebhookEvent.SIG_STATUS_CHANGED, data);
    }

    @EventListener
    void on(ProjectStageChanged changed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project", changed.project());
        data.put("from", changed.from() == null ? null : changed.from().name());
        data.put("to", changed.to().name());
        data.put("caseId", changed.caseId());
        outbox.write(WebhookEvent.PROJECT_STATUS_CHANGED, data);
    }

    @EventListener
    void on(ElectionCertified certified) {
        Map<String, Object> data = aCase(ElectionCaseType.ELECTION.key(), certified.electionId(), certified.title());
        data.put("winners", certified.winners());
        data.put("url", baseUrl + "/api/public/elections/" + certified.electionId() + "/result");
        outbox.write(WebhookEvent.ELECTION_RESULT, data);
    }

    private void voteClosed(String caseType, String caseId, String caseName, String voteId, String outcome) {
        Map<String, Object> data = aCase(caseType, caseId, caseName);
        data.put("voteId", voteId);
        data.put("outcome", outcome);
        outbox.write(WebhookEvent.VOTE_CLOSED, data);
    }

    private static Map<String, Object> aCase(String caseType, String caseId, String caseName) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseType", caseType);
        data.put("caseId", caseId);
        data.put("caseName", caseName);
        return data;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
