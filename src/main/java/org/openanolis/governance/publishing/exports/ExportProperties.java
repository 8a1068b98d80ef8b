package org.openanolis.governance.publishing.exports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the exports point for what the directory does not hold: the code host organization a bare repository name
 * ({@code runtime}, not {@code org/runtime}) belongs to and the branch its OWNERS files are read from, the community
 * repository holding each SIG's own OWNERS file, and the landscape category the projects are listed under.
 */
@ConfigurationProperties("governance.exports")
public record ExportProperties(
        @DefaultValue("openanolis") String organization,
        @DefaultValue("main") String branch,
        @DefaultValue("community") String communityRepository,
        @DefaultValue("OpenAnolis") String landscapeCategory) {
}
