package org.openanolis.governance.onboarding;

import java.util.Map;

import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.sig.SigCaseType;
import org.openanolis.governance.sig.SigRetired;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * A sponsoring SIG retired (DOMAIN.md "Life after entry", SIGs): its projects pass to its successor, or, without
 * one, show that they need a new sponsor and their maintainers are told. Runs in the retirement's transaction.
 */
@Component
@RequiredArgsConstructor
class SponsorHandover {

    private final ProjectDirectory projects;
    private final CaseMail mail;
    private final Timeline timeline;

    @EventListener
    void on(SigRetired retired) {
        for (Project project : projects.sponsoredBy(retired.sig())) {
            if (retired.successorSig() != null) {
                projects.changeSponsor(project.name(), retired.successorSig());
                timeline.record(SigCaseType.RETIREMENT.key(), retired.caseId(), "PROJECT_HANDED_OVER",
                        Timeline.SYSTEM, TimelineComment.of("now-sponsored-by", project.name(), retired.successorSig()));
            } else {
                projects.needSponsor(project.name());
                timeline.record(SigCaseType.RETIREMENT.key(), retired.caseId(), "SPONSOR_NEEDED", Timeline.SYSTEM,
                        TimelineComment.of("needs-a-sponsor", project.name()));
                tellMaintainers(retired, project);
            }
        }
    }

    private void tellMaintainers(SigRetired retired, Project project) {
        mail.about(SigCaseType.RETIREMENT, retired.caseId(), retired.caseName(), NoticeType.PROJECT_SPONSOR_NEEDED,
                project.maintainers(), false, Map.of("project", project.name(), "sig", retired.sig()));
    }
}
