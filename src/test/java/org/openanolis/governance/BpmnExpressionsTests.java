package org.openanolis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * One name in three places (STYLE.md): every expression in bpmn/*.bpmn starts with a Spring bean or
 * with a process variable the Java code sets, so a renamed class cannot silently break a process.
 */
@GovernanceTest
class BpmnExpressionsTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)");

    /** Variables the processes read, each set by a delegate or by a task's completion. */
    private static final Set<String> VARIABLES = Set.of("execution", "electorateSufficient", "chairOutcome",
            "deadlineOutcome", "triageOutcome", "voteOutcome", "voter", "licenseAllowed", "legalReviewOutcome",
            "endorsementOutcome", "technicalDiligenceOutcome", "legalDiligenceOutcome", "proposer", "reviewOutcome",
            "sandboxReviewOutcome", "stageDiligenceOutcome", "targetStage",
            // the election's dates, set when it opens (Elections.open), and what its steps and tasks decide
            "nominationOpens", "votingOpens", "halfway", "dayBefore", "votingCloses", "termStarts", "votingOpened",
            "certificationOutcome");

    @Autowired
    ApplicationContext context;

    @Test
    void everyExpressionResolvesToABeanOrAKnownVariable() throws IOException {
        List<String> unresolved = new ArrayList<>();
        List<String> beans = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher m = EXPRESSION.matcher(Files.readString(file));
                while (m.find()) {
                    String head = m.group(1);
                    if (context.containsBean(head)) {
                        beans.add(head);
                    } else if (!VARIABLES.contains(head)) {
                        unresolved.add(file.getFileName() + ": " + head);
                    }
                }
            }
        }
        assertThat(unresolved).isEmpty();
        assertThat(beans).contains("openVoteDelegate", "tallyVoteDelegate", "voteBallots", "voteSchedule",
                "registerSigDelegate", "sigTimers", "projectTimers", "projectEndorsers", "listProjectDelegate");
    }

    @Test
    void delegateBeansAreNamedAfterTheirClasses() {
        for (String name : context.getBeanNamesForType(org.camunda.bpm.engine.delegate.JavaDelegate.class)) {
            Class<?> type = context.getType(name);
            assertThat(type).isNotNull();
            String simple = type.getSimpleName();
            assertThat(name).isEqualTo(Character.toLowerCase(simple.charAt(0)) + simple.substring(1));
        }
    }
}
