package org.openanolis.governance.publishing;

import java.util.Locale;

import org.openanolis.governance.system.Languages;

/**
 * A resolution as Markdown minutes: the question, the result in one line, the counts, the recused and every ballot
 * with its reason. Built by concatenation from messages whose places the record's values fill as plain text, never
 * by a template, so nothing a person typed (a case's name, a reason) is evaluated. Its words are in the reader's
 * language; dates are ISO 8601 UTC, as minutes are filed.
 */
public final class ResolutionMinutes {

    private final Locale language;
    private final StringBuilder md = new StringBuilder();

    private ResolutionMinutes(Locale language) {
        this.language = Languages.supported(language);
    }

    public static String of(Resolution r, Locale language) {
        return new ResolutionMinutes(language).write(r);
    }

    private String write(Resolution r) {
        md.append("# ").append(words("resolutions.md.title", r.number(), r.caseName())).append("\n\n");
        md.append(words("resolutions.md.question", r.question())).append("\n\n");
        line("resolutions.md.decided", r.decidedAt());
        line("resolutions.md.case", r.caseKind(), r.caseName(), r.caseUrl() == null ? r.caseId() : r.caseUrl());
        line("resolutions.md.outcome", code("outcome.", r.outcome().name()));
        line("resolutions.md.threshold", code("threshold.", r.threshold().name()));
        line("resolutions.md.counts", r.electorate(), r.quorum(), r.approvals(), r.rejections(), r.abstentions());
        line("resolutions.md.recused", r.recused().isEmpty() ? words("pages.none") : String.join(", ", r.recused()));
        md.append("\n## ").append(words("resolutions.md.ballots")).append("\n\n");
        if (r.ballots().isEmpty()) {
            md.append(words("resolutions.md.no-ballots")).append('\n');
        }
        for (Resolution.Ballot b : r.ballots()) {
            md.append("- ").append(words(b.reason() == null ? "resolutions.md.ballot" : "resolutions.md.ballot-because",
                    b.member(), code("ballot.", b.vote().name()), b.castAt(), b.reason())).append('\n');
        }
        return md.toString();
    }

    private void line(String code, Object... values) {
        md.append("- ").append(words(code, values)).append('\n');
    }

    private String words(String code, Object... values) {
        return Languages.textIn(language, code, values);
    }

    private String code(String prefix, String value) {
        return Languages.wordIn(language, prefix, value);
    }
}
