package org.openanolis.governance.onboarding;

import java.time.Instant;
import java.util.List;

/**
 * An accepted project in the directory, as the API shows it. {@code originOrganization}: where it comes from, as its
 * onboarding named it; a vote on the project recuses its members. {@code sponsorNeeded}: its sponsoring SIG retired
 * without a successor, and the project needs a new sponsor. {@code maturityLog}: every stage it has held, the
 * earliest first.
 */
public record Project(String name, String summary, String repositoryUrl, String license, String sponsorSig,
                      List<String> maintainers, ProjectStage status, Instant acceptedAt, String originOrganization,
                      boolean sponsorNeeded, List<MaturityLogEntry> maturityLog) {
}
