package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.people.Groups;

/** Production's administrator is created once, hashed, in the administrators group, and never reset. */
class ProductionAdministratorTests {

    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:prod-admin;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9-]*");
        engine = configuration.buildProcessEngine();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void administratorIsCreatedOnceAndKeepsAChangedPassword() {
        IdentityService identity = engine.getIdentityService();
        AdministratorProperties settings = new AdministratorProperties("root", "correct-horse-battery");

        ProductionAdministrator.ensure(identity, settings);

        assertThat(identity.checkPassword("root", "correct-horse-battery")).isTrue();
        assertThat(identity.createUserQuery().userId("root").memberOfGroup(Groups.ADMINISTRATORS).count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("root").singleResult().getPassword())
                .as("stored hashed, not as typed").isNotEqualTo("correct-horse-battery");

        var user = identity.createUserQuery().userId("root").singleResult();
        user.setPassword("changed-in-admin-webapp");
        identity.saveUser(user);
        ProductionAdministrator.ensure(identity, settings);

        assertThat(identity.checkPassword("root", "changed-in-admin-webapp")).isTrue();
        assertThat(identity.createUserQuery().count()).isEqualTo(1);
    }
}
