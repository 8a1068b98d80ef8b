package org.openanolis.governance.publishing.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openanolis.governance.onboarding.Project;
import org.openanolis.governance.onboarding.ProjectStage;

/**
 * The projects as a CNCF landscape {@code data.yml} (landscape2's format): one category (configured), a subcategory per
 * sponsoring SIG, an item per project with its homepage, repository, description (its summary), maturity
 * ({@code project}: sandbox, incubating, graduated or archived) and the dates it reached each stage in {@code extra}.
 * We keep no logos: {@code logo} names the file {@code <project>.svg} the landscape's logo folder must hold. An
 * archived project carries its reason in {@code extra.annotations.archived_reason}, the place landscape keeps for
 * data of other tools.
 */
public final class LandscapeData {

    private final String category;

    public LandscapeData(String category) {
        this.category = category;
    }

    /** The document of these projects, in their order, grouped by sponsor in the order sponsors first appear. */
    public YamlDocument of(List<ProjectListing> projects) {
        Map<String, List<YamlDocument>> bySponsor = new LinkedHashMap<>();
        for (ProjectListing listing : projects) {
            bySponsor.computeIfAbsent(listing.sponsorName(), s -> new ArrayList<>()).add(item(listing));
        }
        List<YamlDocument> subcategories = bySponsor.entrySet().stream()
                .map(e -> new YamlDocument().with("name", e.getKey()).always("items", e.getValue())).toList();
        return new YamlDocument().always("categories",
                List.of(new YamlDocument().with("name", category).always("subcategories", subcategories)));
    }

    private YamlDocument item(ProjectListing listing) {
        Project project = listing.project();
        return new YamlDocument()
                .with("name", project.name())
                .with("homepage_url", listing.homepage())
                .with("logo", project.name() + ".svg")
                .with("repo_url", project.repositoryUrl())
                .with("description", project.summary())
                .with("project", ProjectListing.phase(project.status()))
                .with("extra", extra(listing));
    }

    private static YamlDocument extra(ProjectListing listing) {
        YamlDocument extra = new YamlDocument()
                .with("accepted", listing.firstEntered(ProjectStage.SANDBOX).orElse(null))
                .with("incubating", listing.lastEntered(ProjectStage.INCUBATING).orElse(null))
                .with("graduated", listing.lastEntered(ProjectStage.GRADUATED).orElse(null));
        if (listing.project().status() == ProjectStage.ARCHIVED) {
            extra.with("archived", listing.lastEntered(ProjectStage.ARCHIVED).orElse(null))
                    .with("annotations", new YamlDocument().with("archived_reason", listing.archivedReason()));
        }
        return extra;
    }
}
