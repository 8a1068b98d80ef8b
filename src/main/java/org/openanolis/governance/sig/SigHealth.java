package org.openanolis.governance.sig;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * A SIG's health (DOMAIN.md "Life after entry", SIGs): its last activity is its creation, its latest leadership
 * change, a chair's act for a sponsored project, or a chair's check-in, whichever came last. The daily check marks a SIG INACTIVE after
 * {@code governance.sig.inactive-after} without activity, telling its chairs and the committee chair, and proposes
 * its retirement after {@code governance.sig.retire-after}, the rule openEuler states as "should exit at 6 months,
 * must at 12". Any activity makes an INACTIVE SIG ACTIVE again.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(SigHealthProperties.class)
public class SigHealth {

    private final SigDirectory directory;
    private final SigRetirements retirements;
    private final CaseMail mail;
    private final Timeline timeline;
    private final SigHealthProperties properties;
    private final Clock clock;

    /** A chair says the SIG is active. */
    @Transactional
    public CheckIn checkIn(String sigName, String chair) {
        String sig = directory.lock(sigName)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.sig.no-active-sig", sigName)));
        if (!mayCheckIn(sig, chair)) {
            throw new ForbiddenException(Languages.text("error.sig.only-chair-may-check-in", sig));
        }
        Instant now = clock.instant();
        directory.recordActivity(sig, now);
        timeline.record(SigCaseType.SIG.key(), sig, "CHECKED_IN", chair, null);
        return new CheckIn(sig, chair, now);
    }

    /**
     * A chair of the SIG acted for one of the projects it sponsors (an endorsement, a SANDBOX review): that is the
     * SIG's activity too. The same act by anyone else (the committee chair deciding in the SIG's place) is not.
     */
    @Transactional
    public void sponsoredProjectActivity(String sigName, String actor, String what) {
        String sig = directory.lock(sigName).orElse(null);
        if (sig != null && directory.leadsOf(sig).chairs().contains(actor)) {
            directory.recordActivity(sig, clock.instant());
            timeline.record(SigCaseType.SIG.key(), sig, "SPONSORED_PROJECT", actor, what);
        }
    }

    public boolean mayCheckIn(String sig, String person) {
        return directory.isLive(sig) && directory.find(sig).map(s -> s.chairs().contains(person)).orElse(false);
    }

    /**
     * The daily check, run by the timer of sig-health.bpmn: every ACTIVE SIG quiet for too long becomes INACTIVE,
     * and every live SIG quiet for much longer gets a retirement case, once. Running it twice changes nothing more.
     */
    @Transactional
    public void check() {
        Instant now = clock.instant();
        for (String sig : directory.quietSince(now.minus(properties.inactiveAfter()), SigState.ACTIVE)) {
            markInactive(sig, now);
        }
        List<String> forRetirement = new ArrayList<>(
                directory.quietSince(now.minus(properties.retireAfter()), SigState.INACTIVE));
        forRetirement.addAll(directory.quietSince(now.minus(properties.retireAfter()), SigState.ACTIVE));
        for (String sig : forRetirement) {
            // The system's own words, kept as a message so that each reader reads the reason in their language.
            retirements.proposeForInactivity(sig, TimelineComment.of("sig-retire-no-activity",
                    directory.find(sig).orElseThrow().lastActivityAt(), properties.retireAfter().toDays()));
        }
    }

    private void markInactive(String sigName, Instant now) {
        String sig = directory.lock(sigName).orElse(null);
        if (sig == null) {
            return;
        }
        Sig before = directory.find(sig).orElseThrow();
        if (!SigState.ACTIVE.name().equals(before.status())
                || !before.lastActivityAt().isBefore(now.minus(properties.inactiveAfter()))) {
            return;
        }
        directory.markInactive(sig);
        timeline.record(SigCaseType.SIG.key(), sig, "MARKED_INACTIVE", Timeline.SYSTEM,
                TimelineComment.of("no-activity-since", before.lastActivityAt()));
        // The Instant itself: the mail renderer writes it as people read a date.
        mail.about(SigCaseType.SIG, sig, sig, NoticeType.SIG_INACTIVE, before.chairs(), true,
                Map.of("lastActivityAt", before.lastActivityAt(), "retireAfterDays", properties.retireAfter().toDays()));
    }
}
