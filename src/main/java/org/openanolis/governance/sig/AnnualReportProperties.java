package org.openanolis.governance.sig;

import java.time.Duration;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a SIG's annual report opens each year ({@code opens}, a month and day such as {@code 01-15}, in UTC) and how
 * long its chairs have to write it ({@code dueAfter}); reminders follow at the due date and 14 days after, and the
 * committee chair is told 30 days after it.
 */
@ConfigurationProperties("governance.sig.annual-report")
public record AnnualReportProperties(@DefaultValue("01-15") String opens, @DefaultValue("P42D") Duration dueAfter) {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** A wrong date stops the application at start, rather than on the day no report opens. */
    public AnnualReportProperties {
        try {
            MonthDay.parse(opens.strip(), MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("governance.sig.annual-report.opens must be a month and day as MM-dd, "
                    + "such as 01-15: " + opens, e);
        }
    }

    public MonthDay opensOn() {
        return MonthDay.parse(opens.strip(), MONTH_DAY);
    }
}
