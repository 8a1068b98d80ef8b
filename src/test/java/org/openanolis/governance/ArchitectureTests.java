package org.openanolis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every package says what it is for; the modules' boundaries are Spring Modulith's to verify (ModularityTests). */
class ArchitectureTests {

    private static final Path MAIN = Path.of("src/main/java/org/openanolis/governance");

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            List<Path> missing = dirs.filter(Files::isDirectory).filter(d -> !d.equals(MAIN))
                    .filter(d -> !Files.exists(d.resolve("package-info.java"))).toList();
            assertThat(missing).isEmpty();
        }
    }
}
