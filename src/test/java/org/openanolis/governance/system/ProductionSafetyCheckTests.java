package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** The check itself: a safe production configuration passes, and nothing is checked outside prod. */
class ProductionSafetyCheckTests {

    @Test
    void safeProductionConfigurationPasses() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("governance.admin.password", "correct-horse-battery")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org:5432/governance");
        environment.setActiveProfiles("prod");

        assertThatCode(() -> ProductionSafetyCheck.verify(environment)).doesNotThrowAnyException();
    }

    @Test
    void demoAndTestConfigurationsAreNotChecked() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");
        environment.setActiveProfiles("demo", "test");

        assertThatCode(() -> ProductionSafetyCheck.verify(environment)).doesNotThrowAnyException();
    }

    @Test
    void failureAnalysisSaysWhatToSet() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/x");
        environment.setActiveProfiles("prod");
        UnsafeProductionSettingsException refusal = new UnsafeProductionSettingsException(ProductionSafetyCheck.problems(environment));

        FailureAnalysis analysis = new UnsafeProductionSettingsFailureAnalyzer().analyze(refusal);

        assertThat(analysis.getDescription()).contains("governance.admin.password) is not set", "production needs PostgreSQL");
        assertThat(analysis.getAction()).contains("set governance.admin.password", "set spring.datasource.url=jdbc:postgresql://");
    }

    @Test
    void productionRefusesToStartWhenNobodyCouldSignIn() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("governance.admin.password", "correct-horse-battery")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org:5432/governance")
                .withProperty("governance.local-sign-in", "false");
        environment.setActiveProfiles("prod");

        assertThat(ProductionSafetyCheck.problems(environment)).singleElement()
                .satisfies(problem -> assertThat(problem.toString()).contains("Nobody could sign in"));
        environment.setProperty("governance.oidc.issuer-uri", "https://accounts.example.org/realms/community");
        assertThatCode(() -> ProductionSafetyCheck.verify(environment)).doesNotThrowAnyException();
    }
}
