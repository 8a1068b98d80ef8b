package org.openanolis.governance.sig;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A SIG's annual report as a Markdown document: the facts as lists, then the chairs' parts as they wrote them (they
 * are Markdown already). Built by concatenation, never by a template, so nothing typed is evaluated. People are named
 * as the pages name them, {@code Name (id)}. Its own words stay English whatever the reader's language: it is a
 * document to file and share, like the facts it lists, which were written down in English when the report opened.
 */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    /** The report, naming each person through {@code names} (the people module's {@code displayName}). */
    public static String of(AnnualReport report, UnaryOperator<String> names) {
        ReportFacts facts = report.facts();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(report.sig()).append(": annual report ").append(report.year()).append("\n\n");
        md.append("Status: ").append(report.status());
        if (report.submittedAt() != null) {
            md.append(", submitted by ").append(names.apply(report.submittedBy())).append(" on ").append(report.submittedAt());
        }
        md.append(". Facts from ").append(facts.from()).append(" to ").append(facts.to()).append(".\n\n");
        md.append("## Facts\n\n");
        md.append("- Chairs: ").append(joined(facts.chairs().stream().map(names).toList())).append('\n');
        md.append("- Tech leads: ").append(joined(facts.techLeads().stream().map(names).toList())).append('\n');
        md.append("- Repositories: ").append(joined(facts.repositories())).append("\n\n");
        section(md, "Leads added", facts.leadsAdded(), l -> names.apply(l.person()) + " (" + l.role() + ", " + l.at() + ")");
        section(md, "Leads who left", facts.leadsRemoved(), l -> names.apply(l.person()) + " (" + l.role() + ", " + l.at() + ")");
        section(md, "Sponsored projects", facts.projects(), p -> p.name() + ": " + p.stage()
                + (p.stageChanges().isEmpty() ? "" : ", reached " + String.join(", ", p.stageChanges().stream()
                .map(s -> s.stage() + " on " + s.at()).toList())));
        section(md, "Cases", facts.cases(), c -> c.type() + " " + c.name() + ": " + c.status() + " (" + c.id() + ")");
        section(md, "Activity", facts.activity(), a -> a.at() + " " + a.event() + " by " + names.apply(a.actor())
                + (a.comment() == null ? "" : ": " + a.comment()));
        part(md, "Achievements", report.achievements());
        part(md, "Plans", report.plans());
        part(md, "Help needed", report.helpNeeded());
        return md.toString();
    }

    private static <T> void section(StringBuilder md, String title, List<T> items, Function<T, String> line) {
        md.append("### ").append(title).append("\n\n");
        if (items.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        items.forEach(item -> md.append("- ").append(line.apply(item)).append('\n'));
        md.append('\n');
    }

    private static void part(StringBuilder md, String title, String text) {
        if (text != null) {
            md.append("## ").append(title).append("\n\n").append(text).append("\n\n");
        }
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }
}
