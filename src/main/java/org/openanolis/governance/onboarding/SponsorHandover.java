package org.openanolis.governance.onboarding;

import java.util.List;
import java.util.Map;

import org.openanolis.governance.notification.Notice;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.notification.Notifications;
import org.openanolis.governance.notification.Recipient;
import org.openanolis.governance.people.People;
import org.openanolis.governance.sig.SigCaseType;
import org.openanolis.governance.sig.SigRetired;
import org.openanolis.governance.timeline.Timeline;
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
    private final Notifications notifications;
    private final People people;
    private final Timeline timeline;

    @EventListener
    void on(SigRetired retired) {
        for (Project project : projects.sponsoredBy(retired.sig())) {
            if (retired.successorSig() != null) {
                projects.changeSponsor(project.name(), retired.successorSig());
                timeline.record(SigCaseType.RETIREMENT.key(), retired.caseId(), "PROJECT_HANDED_OVER",
                        Timeline.SYSTEM, project.name() + " is now sponsored by " + retired.successorSig());
            } else {
                projects.needSponsor(project.name());
                timeline.record(SigCaseType.RETIREMENT.key(), retired.caseId(), "SPONSOR_NEEDED", Timeline.SYSTEM,
                        project.name() + " needs a new sponsoring SIG");
                tellMaintainers(retired, project);
            }
        }
    }

    private void tellMaintainers(SigRetired retired, Project project) {
        List<Recipient> to = people.all(project.maintainers()).stream().filter(person -> person.email() != null)
                .map(person -> new Recipient(person.name(), person.email())).toList();
        if (!to.isEmpty()) {
            notifications.send(new Notice(NoticeType.PROJECT_SPONSOR_NEEDED, SigCaseType.RETIREMENT.key(),
                    retired.caseId(), retired.caseName(), to, Map.of("project", project.name(), "sig", retired.sig())));
        }
    }
}
