package org.openanolis.governance.cases;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Expression bean of the comment period's timer in a case's process: {@code ${commentPeriod.duration()}}, the
 * ISO-8601 duration of {@code governance.comment-period}. The period is the timer's; the case's status says it runs.
 */
@Component("commentPeriod")
@EnableConfigurationProperties(CommentPeriodProperties.class)
@RequiredArgsConstructor
public class CommentPeriod {

    private final CommentPeriodProperties properties;

    public String duration() {
        return properties.commentPeriod().toString();
    }
}
