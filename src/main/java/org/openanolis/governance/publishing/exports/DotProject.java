package org.openanolis.governance.publishing.exports;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.openanolis.governance.onboarding.MaturityLogEntry;
import org.openanolis.governance.onboarding.Project;

/**
 * One project as the CNCF {@code .project/project.yaml} (schema 1.0.0), whose validator refuses unknown fields: slug
 * and name (our project's name), description (its summary), its repository, website and landscape place, and the
 * {@code maturity_log}, each stage with its RFC 3339 date and as {@code issue} the page of the case that decided it.
 * The format has no field for an archiving's reason: the archived entry's issue is the archiving case, which states it,
 * and {@code data.yml} carries the reason itself.
 */
public final class DotProject {

    static final String SCHEMA_VERSION = "1.0.0";

    private final ExportLinks links;
    private final String category;

    public DotProject(ExportLinks links, String category) {
        this.links = links;
        this.category = category;
    }

    public YamlDocument of(ProjectListing listing) {
        Project project = listing.project();
        return new YamlDocument()
                .with("schema_version", SCHEMA_VERSION)
                .with("slug", project.name())
                .with("name", project.name())
                .with("description", project.summary())
                .with("type", "project")
                .always("maturity_log", listing.log().stream().map(this::entry).toList())
                .always("repositories", List.of(project.repositoryUrl()))
                .with("website", listing.website())
                .with("landscape", new YamlDocument().with("category", category)
                        .with("subcategory", listing.sponsorName()));
    }

    private YamlDocument entry(MaturityLogEntry entry) {
        return new YamlDocument()
                .with("phase", ProjectListing.phase(entry.stage()))
                .with("date", entry.at().truncatedTo(ChronoUnit.SECONDS).toString())
                .with("issue", links.casePage(ProjectListing.decidedBy(entry.stage()), entry.caseId()));
    }
}
