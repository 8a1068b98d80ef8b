package org.openanolis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules as Spring Modulith sees them: each top-level package under {@code org.openanolis.governance} is one,
 * its root package is its API and its sub-packages ({@code process}, {@code web}) are its own business. Verified:
 * no cycle between modules, and no module reaching into another's sub-packages.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(GovernanceApplication.class);
    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersRootPackages() {
        MODULES.verify();
    }

    /**
     * Writes the C4 and PlantUML documentation of the modules to target/spring-modulith-docs: docs/modules holds the
     * copy the README links to, refreshed by copying these files whenever the modules change.
     */
    @Test
    void documentationIsWrittenForEveryModule() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation();

        try (Stream<Path> files = Files.list(DOCS)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("components.puml",
                    "module-cases.puml", "module-casetype.puml", "module-sig.puml", "module-overview.puml");
        }
    }
}
