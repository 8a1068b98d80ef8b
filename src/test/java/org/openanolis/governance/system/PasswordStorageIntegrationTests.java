package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.LoopbackClient;
import org.openanolis.governance.support.Webapps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Passwords are kept as bcrypt (issue 15, part 3): new ones at once, old salted SHA-512 ones at the owner's next
 * sign-in, over the API or in Camunda's webapps; a password set through the engine's API needs 12 characters; a
 * sign-in that skips bcrypt for a password just checked ends the moment the password changes.
 */
@GovernanceTest
class PasswordStorageIntegrationTests {

    private static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private IdentityService identity;
    @Autowired
    private ProcessEngine processEngine;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
        Webapps.serve(processEngine);
    }

    @Test
    void aUserMadeThroughTheEngineApiIsStoredAsBcryptAndATooShortPasswordMakesNoUser() {
        Api.Answer tooShort = api.as("admin").post("/engine-rest/user/create", user("pw-short", "short-pass1"));
        Api.Answer created = api.as("admin").post("/engine-rest/user/create", user("pw-bcrypt", PASSWORD));

        assertThat(tooShort.status()).as("%s", tooShort).isEqualTo(400);
        assertThat(tooShort.text()).contains("12");
        assertThat(identity.createUserQuery().userId("pw-short").count()).isZero();
        assertThat(created.status()).as("%s", created).isEqualTo(204);
        assertThat(storedHash("pw-bcrypt")).startsWith("{BCRYPT}$2a$10$");
        assertThat(api.as("pw-bcrypt", PASSWORD).get("/api/sigs").status()).isEqualTo(200);
        assertThat(identity.checkPassword("pw-bcrypt", "not-" + PASSWORD)).isFalse();
    }

    @Test
    void anOldSha512HashBecomesBcryptAtTheNextSignInOverTheApi() {
        oldHashUser("pw-old-api");
        assertThat(storedHash("pw-old-api")).startsWith("{SHA-512}");

        assertThat(api.as("pw-old-api", PASSWORD).get("/api/sigs").status()).isEqualTo(200);

        assertThat(storedHash("pw-old-api")).startsWith("{BCRYPT}$2a$10$");
        assertThat(api.as("pw-old-api", PASSWORD).get("/api/sigs").status()).isEqualTo(200);
        assertThat(identity.checkPassword("pw-old-api", PASSWORD)).as("checked against bcrypt itself").isTrue();
        assertThat(identity.checkPassword("pw-old-api", "not-" + PASSWORD)).isFalse();
    }

    @Test
    void anOldSha512HashBecomesBcryptAtTheNextSignInToTasklist() {
        oldHashUser("pw-old-webapp");

        assertThat(new Webapps(port).signIn("tasklist", "pw-old-webapp", PASSWORD)).isEqualTo(200);

        assertThat(storedHash("pw-old-webapp")).startsWith("{BCRYPT}$2a$10$");
        assertThat(identity.checkPassword("pw-old-webapp", PASSWORD)).isTrue();
    }

    @Test
    void aChangedPasswordEndsTheShortcutForTheOldOneAtOnce() {
        api.as("admin").post("/engine-rest/user/create", user("pw-changed", PASSWORD));
        assertThat(api.as("pw-changed", PASSWORD).get("/api/sigs").status()).isEqualTo(200);

        User user = identity.createUserQuery().userId("pw-changed").singleResult();
        user.setPassword("the-new-long-password");
        identity.saveUser(user);

        // From another address: a failure makes its client wait, and the new password comes from this one.
        assertThat(new LoopbackClient("127.0.0.4", port).get("/api/sigs", "pw-changed", PASSWORD).status())
                .as("the old password").isEqualTo(401);
        assertThat(api.as("pw-changed", "the-new-long-password").get("/api/sigs").status()).isEqualTo(200);
    }

    /** A user whose password is stored as Camunda's default stored it before: salted SHA-512, one round. */
    private void oldHashUser(String id) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        String salt = jdbc.sql("select SALT_ from ACT_ID_USER where ID_ = ?").param(id).query(String.class).single();
        String old = "{SHA-512}" + new Sha512HashDigest().encrypt(EncryptionUtil.saltPassword(PASSWORD, salt));
        jdbc.sql("update ACT_ID_USER set PWD_ = ? where ID_ = ?").params(old, id).update();
    }

    private String storedHash(String id) {
        return jdbc.sql("select PWD_ from ACT_ID_USER where ID_ = ?").param(id).query(String.class).single();
    }

    private static Map<String, Object> user(String id, String password) {
        return Map.of("profile", Map.of("id", id, "firstName", "Pass", "lastName", "Word", "email", id + "@example.org"),
                "credentials", Map.of("password", password));
    }
}
