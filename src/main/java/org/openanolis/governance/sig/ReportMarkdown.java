package org.openanolis.governance.sig;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.openanolis.governance.system.Languages;

/**
 * A SIG's annual report as a Markdown document: the facts as lists, then the chairs' parts as they wrote them (they
 * are Markdown already). Built by concatenation, never by a template, so nothing typed is evaluated: what the record
 * holds fills a message's places as plain text. People are named as the pages name them, {@code Name (id)}; the
 * document's own words (headings, statuses, roles, events) are in the reader's language, dates in ISO 8601 UTC as a
 * document to file and share.
 */
public final class ReportMarkdown {

    private final Locale language;
    private final UnaryOperator<String> names;
    private final StringBuilder md = new StringBuilder();

    private ReportMarkdown(Locale language, UnaryOperator<String> names) {
        this.language = Languages.supported(language);
        this.names = names;
    }

    /** The report in this language, naming each person through {@code names} (the people module's displayName). */
    public static String of(AnnualReport report, UnaryOperator<String> names, Locale language) {
        return new ReportMarkdown(language, names).write(report);
    }

    private String write(AnnualReport report) {
        ReportFacts facts = report.facts();
        md.append("# ").append(words("pages.sig-report.md.title", report.sig(), "" + report.year())).append("\n\n");
        md.append(words("pages.sig-report.md.status", code("status.", report.status().name())));
        if (report.submittedAt() != null) {
            md.append(words("pages.sig-report.md.submitted", names.apply(report.submittedBy()), report.submittedAt()));
        }
        md.append(words("pages.sig-report.md.facts-from", facts.from(), facts.to())).append("\n\n");
        md.append("## ").append(words("pages.sig-report.md.facts")).append("\n\n");
        fact("label.sig-proposal.chairs", facts.chairs().stream().map(names).toList());
        fact("label.sig-proposal.techLeads", facts.techLeads().stream().map(names).toList());
        fact("label.sig-proposal.repositories", facts.repositories());
        md.append('\n');
        section("pages.sig-report.facts.leads-added", facts.leadsAdded(), this::lead);
        section("pages.sig-report.facts.leads-removed", facts.leadsRemoved(), this::lead);
        section("pages.sig-report.facts.projects", facts.projects(), this::project);
        section("pages.sig-report.facts.cases", facts.cases(), c -> words("pages.sig-report.md.case",
                code("error.kind.", c.type()), c.name(), code("status.", c.status()), c.id()));
        section("pages.sig-report.facts.activity", facts.activity(), a -> words(
                a.comment() == null ? "pages.sig-report.md.activity" : "pages.sig-report.md.activity-because",
                a.at(), code("event.", a.event()), names.apply(a.actor()), a.comment()));
        part("label.sig-report.achievements", report.achievements());
        part("label.sig-report.plans", report.plans());
        part("label.sig-report.helpNeeded", report.helpNeeded());
        return md.toString();
    }

    private String lead(ReportFacts.LeadFact lead) {
        String role = EmeritusLead.CHAIR.equals(lead.role()) ? "pages.sig.leads.chair" : "pages.sig.leads.tech-lead";
        return words("pages.sig-report.md.lead", names.apply(lead.person()), words(role), lead.at());
    }

    private String project(ReportFacts.ProjectFact project) {
        StringBuilder line = new StringBuilder(words("pages.sig-report.md.project", project.name(),
                code("stage.", project.stage())));
        project.stageChanges().forEach(change -> line.append(words("pages.sig-report.md.reached",
                code("stage.", change.stage()), change.at())));
        return line.toString();
    }

    private void fact(String label, List<String> values) {
        md.append("- ").append(words("pages.sig-report.md.fact", words(label),
                values.isEmpty() ? words("pages.none") : String.join(", ", values))).append('\n');
    }

    private <T> void section(String title, List<T> items, Function<T, String> line) {
        md.append("### ").append(words(title)).append("\n\n");
        if (items.isEmpty()) {
            md.append(words("pages.sig-report.md.no-items")).append("\n\n");
            return;
        }
        items.forEach(item -> md.append("- ").append(line.apply(item)).append('\n'));
        md.append('\n');
    }

    private void part(String title, String text) {
        if (text != null) {
            md.append("## ").append(words(title)).append("\n\n").append(text).append("\n\n");
        }
    }

    private String words(String code, Object... values) {
        return Languages.textIn(language, code, values);
    }

    private String code(String prefix, String value) {
        return Languages.wordIn(language, prefix, value);
    }
}
