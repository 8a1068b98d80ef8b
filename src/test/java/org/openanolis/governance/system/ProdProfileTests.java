package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openanolis.governance.GovernanceApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The prod profile refuses each unsafe configuration with a message that says what to set (issue 4, part 3).
 * The whole application is started, as {@code java -jar} would; the check fails before any bean exists, so
 * these starts take milliseconds and never touch a database.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProdProfileTests {

    private static final String SAFE_PASSWORD = "--governance.admin.password=correct-horse-battery";
    private static final String POSTGRES = "--spring.datasource.url=jdbc:postgresql://db.example.org:5432/governance";

    @Test
    void demoProfileTogetherWithProdIsRefused() {
        Throwable failure = start("--spring.profiles.active=prod,demo", SAFE_PASSWORD, POSTGRES);

        assertRefused(failure, "demo profile is active together with prod", "remove 'demo' from spring.profiles.active");
    }

    @Test
    void missingAdministratorPasswordIsRefused() {
        Throwable failure = start("--spring.profiles.active=prod", POSTGRES);

        assertRefused(failure, "governance.admin.password) is not set", "set governance.admin.password");
    }

    @Test
    void defaultAndWeakAdministratorPasswordsAreRefused() {
        assertRefused(start("--spring.profiles.active=prod", POSTGRES, "--governance.admin.password=demo"),
                "is a published default", "set governance.admin.password");
        assertRefused(start("--spring.profiles.active=prod", POSTGRES, "--governance.admin.password=admin"),
                "is a published default", "set governance.admin.password");
        assertRefused(start("--spring.profiles.active=prod", POSTGRES, "--governance.admin.id=root-of-all-trust",
                        "--governance.admin.password=Root-Of-All-Trust"),
                "equals the administrator id", "not 'demo', 'admin' or the administrator id ('root-of-all-trust')");
        assertRefused(start("--spring.profiles.active=prod", POSTGRES, "--governance.admin.password=Sh0rt!pass"),
                "shorter than 12 characters", "at least 12 characters");
    }

    @Test
    void h2DatabaseIsRefused() {
        // application.yaml's own H2 file database, which prod inherits unless told otherwise.
        assertRefused(start("--spring.profiles.active=prod", SAFE_PASSWORD),
                "production needs PostgreSQL", "set spring.datasource.url=jdbc:postgresql://");
        assertRefused(start("--spring.profiles.active=prod", SAFE_PASSWORD, "--spring.datasource.url=jdbc:h2:mem:prod"),
                "H2 (jdbc:h2:mem:prod)", "set spring.datasource.url=jdbc:postgresql://");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Throwable failure = start("--spring.profiles.active=prod,demo");

        assertThat(failure).isInstanceOf(UnsafeProductionSettingsException.class);
        assertThat(((UnsafeProductionSettingsException) failure).problems()).hasSize(3);
    }

    @Test
    void refusalIsPrintedAsAFailureAnalysisWithAnAction(CapturedOutput output) {
        start("--spring.profiles.active=prod", POSTGRES);

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "The prod profile refuses to start",
                "Action:", "set governance.admin.password");
    }

    private static Throwable start(String... args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        // No web server and no mail poller even if a check were to pass by mistake.
        arguments.add("--spring.main.web-application-type=none");
        SpringApplication application = new SpringApplication(GovernanceApplication.class);
        return catchThrowable(() -> application.run(arguments.toArray(String[]::new)).close());
    }

    private static void assertRefused(Throwable failure, String description, String action) {
        assertThat(failure).isInstanceOf(UnsafeProductionSettingsException.class);
        UnsafeProductionSettingsException refusal = (UnsafeProductionSettingsException) failure;
        assertThat(refusal.problems()).anySatisfy(p -> {
            assertThat(p.description()).contains(description);
            assertThat(p.action()).contains(action);
        });
    }
}
