package org.openanolis.governance.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prints the whole table once every benchmark has run (failsafe prints each class's output as it goes, so the figures
 * would otherwise be scattered through the log), and starts each run with an empty table. Registered in
 * {@code META-INF/services}; a run without benchmarks has no table and prints nothing.
 */
public final class ReportPrinter implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            if (Files.exists(Report.FILE)) {
                Files.move(Report.FILE, Report.FILE.resolveSibling("previous-report.md"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (Files.exists(Report.FILE)) {
                System.out.println("\n\n======== Benchmark figures (" + Report.FILE + ") ========");
                System.out.println(Files.readString(Report.FILE, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
