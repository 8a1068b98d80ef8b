package org.openanolis.governance.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.CommunityProvider.CLIENT;
import static org.openanolis.governance.support.CommunityProvider.token;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.CommunityProvider;
import org.openanolis.governance.support.Portal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Sign-in through the community's OpenID Connect provider (DOMAIN.md "Identity and languages"), with a real provider
 * running in the test: mock-oauth2-server, with its discovery document, keys, authorization and token endpoints. The
 * API takes its bearer tokens beside HTTP Basic and refuses expired, forged, foreign and misdirected ones; the portal
 * signs a person in through it; either way the person is created, then kept in step with the provider's claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OidcSignInIntegrationTests {

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        CommunityProvider.configure(properties);
    }

    @LocalServerPort
    private int port;
    @Autowired
    private People people;

    private RestClient client;

    @BeforeEach
    void connect() {
        client = RestClient.create("http://localhost:" + port);
    }

    @Test
    void aBearerTokenSignsAPersonInAndTheirClaimsKeepTheirRecordInStep() {
        String nina = "nina-" + System.nanoTime() % 100_000;
        assertThat(status(token(nina, List.of(CLIENT), Map.of("groups", List.of("/committee"),
                "organization", "Wayne Enterprises"), 3600))).isEqualTo(200);
        assertThat(people.find(nina)).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Nina Ng");
            assertThat(p.email()).isEqualTo(nina + "@example.org");
            assertThat(p.organization()).isEqualTo("Wayne Enterprises");
        });
        assertThat(people.isMember(nina, Groups.STEERING_COMMITTEE)).isTrue();

        String moved = token(nina, List.of(CLIENT), Map.of("organization", "Stark Industries"), 3600);
        assertThat(status(moved)).isEqualTo(200);
        assertThat(people.find(nina).orElseThrow().organization()).isEqualTo("Stark Industries");
        assertThat(people.isMember(nina, Groups.STEERING_COMMITTEE)).as("a removed group is removed").isFalse();
        assertThat(people.isMember("paul", Groups.STEERING_COMMITTEE)).isFalse();

        int basic = client.get().uri("/api/tasks").headers(h -> h.setBasicAuth("paul", "demo"))
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(basic).as("Basic still works").isEqualTo(200);
    }

    @Test
    void expiredForgedForeignAndMisdirectedTokensAreRefused() throws Exception {
        String omar = "omar-" + System.nanoTime() % 100_000;
        assertThat(status(token(omar, List.of(CLIENT), Map.of(), -3600))).as("expired").isEqualTo(401);
        assertThat(status(token(omar, List.of("another-application"), Map.of(), 3600))).as("wrong audience")
                .isEqualTo(401);
        String foreign = CommunityProvider.SERVER.issueToken("elsewhere", CLIENT, new DefaultOAuth2TokenCallback(
                "elsewhere", omar, JOSEObjectType.JWT.getType(), List.of(CLIENT), Map.of("preferred_username", omar),
                3600)).serialize();
        assertThat(status(foreign)).as("another issuer").isEqualTo(401);

        SignedJWT genuine = SignedJWT.parse(token(omar, List.of(CLIENT), Map.of(), 3600));
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stranger.getKeyID()).build(),
                new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        forged.sign(new RSASSASigner(stranger));
        assertThat(status(forged.serialize())).as("signed with another key").isEqualTo(401);
        assertThat(status("not-a-token")).isEqualTo(401);
        assertThat(people.find(omar)).as("nobody was created").isEmpty();
    }

    @Test
    void thePortalSignsInThroughTheProvidersPages() throws IOException {
        String rosa = "rosa-" + System.nanoTime() % 100_000;
        CommunityProvider.nextSignIn(rosa, Map.of("organization", "Acme Cloud"));
        try (Portal portal = new Portal(port)) {
            HtmlPage signIn = portal.open("/sign-in");
            HtmlPage home = signIn.getAnchorByHref("/oauth2/authorization/community").click();
            assertThat(home.getUrl().getPort()).as("back from the provider").isEqualTo(port);
            HtmlPage inbox = portal.open("/tasks");
            assertThat(inbox.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(inbox.asNormalizedText()).contains(rosa);
        }
        assertThat(people.find(rosa)).hasValueSatisfying(p -> assertThat(p.organization()).isEqualTo("Acme Cloud"));
    }

    @Test
    void tasklistAndCockpitTakeThePortalsSessionAndStillRefuseWhatThePersonMayNotDo() throws IOException {
        String rosa = "rosa-" + System.nanoTime() % 100_000;
        CommunityProvider.nextSignIn(rosa, Map.of("organization", "Acme Cloud"));
        try (Portal portal = new Portal(port)) {
            portal.open("/sign-in").getAnchorByHref("/oauth2/authorization/community").click();

            Page whoAmI = portal.get("/camunda/api/admin/auth/user/default");
            assertThat(whoAmI.getWebResponse().getStatusCode()).isEqualTo(200);
            JsonNode signedIn = new ObjectMapper().readTree(whoAmI.getWebResponse().getContentAsString());
            assertThat(signedIn.get("userId").asText()).as("the webapps know the portal's person").isEqualTo(rosa);
            assertThat(signedIn.get("authorizedApps").toString()).contains("tasklist");
            assertThat(portal.get("/camunda/api/engine/engine/default/task/count").getWebResponse().getStatusCode())
                    .as("Tasklist's own calls").isEqualTo(200);
            assertThat(portal.get("/camunda/api/engine/engine/default/user").getWebResponse().getStatusCode())
                    .as("the allow-list still refuses the rest").isEqualTo(403);
        }
    }

    private int status(String bearer) {
        return client.get().uri("/api/tasks").header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .exchange((request, response) -> response.getStatusCode().value());
    }
}
