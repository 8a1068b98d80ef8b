package org.openanolis.governance.publishing.exports;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.onboarding.MaturityLogEntry;
import org.openanolis.governance.onboarding.Project;
import org.openanolis.governance.onboarding.ProjectCaseType;
import org.openanolis.governance.onboarding.ProjectStage;

/**
 * A listed project with what its exports need beyond the directory's record: its website (from its onboarding, null
 * when it named none), its sponsoring SIG's display name, and why it was archived (null unless it is ARCHIVED now).
 */
public record ProjectListing(Project project, String website, String sponsorName, String archivedReason) {

    /** The website, or the repository where it named none: landscape requires a homepage. */
    public String homepage() {
        return website == null || website.isBlank() ? project.repositoryUrl() : website;
    }

    /** The maturity as CNCF writes it: {@code sandbox}, {@code incubating}, {@code graduated}, {@code archived}. */
    public static String phase(ProjectStage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }

    /** The UTC date it last entered this stage, if ever. */
    public Optional<String> lastEntered(ProjectStage stage) {
        return log().stream().filter(e -> e.stage() == stage).reduce((first, second) -> second).map(e -> date(e));
    }

    /** The UTC date it first entered this stage, if ever: its acceptance, for SANDBOX. */
    public Optional<String> firstEntered(ProjectStage stage) {
        return log().stream().filter(e -> e.stage() == stage).findFirst().map(e -> date(e));
    }

    public List<MaturityLogEntry> log() {
        return project.maturityLog();
    }

    /**
     * The kind of case that moves a project to a stage: onboarding lists it as SANDBOX, a stage change moves it on,
     * an archiving archives it.
     */
    public static CaseType decidedBy(ProjectStage stage) {
        return switch (stage) {
            case SANDBOX -> ProjectCaseType.PROJECT_PROPOSAL;
            case INCUBATING, GRADUATED -> ProjectCaseType.STAGE_CHANGE;
            case ARCHIVED -> ProjectCaseType.ARCHIVING;
        };
    }

    private static String date(MaturityLogEntry entry) {
        return LocalDate.ofInstant(entry.at(), ZoneOffset.UTC).toString();
    }
}
