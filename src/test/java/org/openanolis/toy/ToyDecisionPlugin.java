package org.openanolis.toy;

import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseApi;
import org.openanolis.governance.cases.CaseApiParts;
import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CasePageParts;
import org.openanolis.governance.cases.CasePortal;
import org.openanolis.governance.cases.CommitteeDecision;
import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.JsonLists;
import org.openanolis.governance.system.PortalController;
import org.openanolis.governance.vote.VoteCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The toy decision plugged in: its type, where it is kept, how the committee decides it, its API and page. */
@Configuration(proxyBeanMethods = false)
public class ToyDecisionPlugin {

    static final CaseType TOY = new CaseType("TOY_DECISION", "toy-decisions", "Toy decision", "motion", "proposer",
            "toyDecision", null, "ToyDecisionWithdrawn");

    @Bean
    CaseType toyDecisionType() {
        return TOY;
    }

    @Bean
    CaseKind<ToyDecision> toyDecisionKind(JdbcClient jdbc, JsonLists json) {
        return new CaseKind<>(TOY, new ToyStore(jdbc, json),
                CommitteeDecision.afterCommentPeriod(t -> new VoteCase(t.caseName(), t.getProposer(),
                        Set.of(t.getProposer()), Set.of()), ToyStatus.COMMENT_PERIOD, ToyStatus.VOTING,
                        ToyStatus.NO_QUORUM, ToyStatus.APPROVED, ToyStatus.REJECTED));
    }

    /** The toy's page, its diagram and withdrawal, and its comment form: the pages every case has. */
    @PortalController
    @RequestMapping("/toy-decisions")
    static class ToyPages extends CasePortal<ToyDecision> {

        ToyPages(CaseKind<ToyDecision> kind, CasePageParts parts) {
            super(kind, parts, "toy/toy-decision", "motion");
        }
    }

    record ToyView(String id, String title, String motion, String proposer, ToyStatus status, CaseHistory history) {
    }

    @RestController
    @RequestMapping("/api/toy-decisions")
    static class ToyApi extends CaseApi<ToyDecision, ToyStatus, ToyForm, ToyView> {

        ToyApi(CaseKind<ToyDecision> kind, CaseApiParts parts) {
            super(kind, parts, (form, proposer) -> open(kind, parts.lifecycle(), form, proposer),
                    (t, history) -> new ToyView(t.getId(), t.getDetails().title(), t.getDetails().motion(),
                            t.getProposer(), t.getStatus(), history));
        }

        private static ToyDecision open(CaseKind<ToyDecision> kind, CaseLifecycle lifecycle, ToyForm form,
                                        String proposer) {
            if (!form.problems().isEmpty()) {
                throw new InvalidInputException(form.problems());
            }
            return lifecycle.open(kind, proposer,
                    now -> new ToyDecision(CaseHeader.opened(proposer, ToyStatus.COMMENT_PERIOD, now), form), null,
                    NoticeType.SUBMITTED_RECEIPT, Map.of());
        }
    }
}
