package org.openanolis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Modules only use each other's root packages (STYLE.md): a module's {@code process} and {@code web}
 * packages are its own business, so they can change without touching anyone else.
 */
class ArchitectureTests {

    private static final Path MAIN = Path.of("src/main/java/org/openanolis/governance");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.openanolis\\.governance\\.([a-z]+)\\.([a-z][a-zA-Z]*)\\.",
            Pattern.MULTILINE);

    @Test
    void modulesUseOnlyEachOthersRootPackages() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(module)) {
                        violations.add(relative + " uses " + m.group(1) + "." + m.group(2));
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            List<Path> missing = dirs.filter(Files::isDirectory).filter(d -> !d.equals(MAIN))
                    .filter(d -> !Files.exists(d.resolve("package-info.java"))).toList();
            assertThat(missing).isEmpty();
        }
    }
}
