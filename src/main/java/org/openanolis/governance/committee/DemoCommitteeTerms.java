package org.openanolis.governance.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.openanolis.governance.system.ClusterStartup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Gives three of the demo committee a term that runs for another year, so that an election tried out on the demo
 * has continuing members (whose organizations count towards the cap) beside the four whose seats are up. Only under
 * the {@code demo} profile, and only for a member with no term on record.
 */
@Component
@Profile("demo")
@Order(1)
@RequiredArgsConstructor
class DemoCommitteeTerms implements ApplicationRunner {

    static final List<String> CONTINUING = List.of("erin", "frank", "grace");

    private final CommitteeTerms terms;
    private final ElectionProperties election;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        ClusterStartup.addMissing("demo committee terms", () -> {
            Instant now = clock.instant();
            CONTINUING.stream().filter(member -> !terms.hasAny(member))
                    .forEach(member -> terms.started(member, now, null, now.plus(election.term())));
        });
    }
}
