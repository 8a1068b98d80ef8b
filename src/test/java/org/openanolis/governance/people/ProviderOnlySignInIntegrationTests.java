package org.openanolis.governance.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.CommunityProvider.CLIENT;
import static org.openanolis.governance.support.CommunityProvider.token;

import java.util.List;
import java.util.Map;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.CommunityProvider;
import org.openanolis.governance.support.Portal;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * {@code governance.local-sign-in=false}: only the provider signs people in. The demo's passwords are refused over
 * HTTP Basic and the sign-in page offers no password form, while the provider's tokens still work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "governance.local-sign-in=false")
@ActiveProfiles({"demo", "test"})
class ProviderOnlySignInIntegrationTests {

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        CommunityProvider.configure(properties);
    }

    @LocalServerPort
    private int port;

    @Test
    void passwordsAreRefusedAndTheProvidersTokensAccepted() {
        RestClient client = RestClient.create("http://localhost:" + port);
        int basic = client.get().uri("/api/tasks").headers(h -> h.setBasicAuth("paul", "demo"))
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(basic).as("a demo password").isEqualTo(401);
        String bearer = token("paula-" + System.nanoTime() % 100_000, List.of(CLIENT), Map.of(), 3600);
        int withToken = client.get().uri("/api/tasks").header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(withToken).isEqualTo(200);

        try (Portal portal = new Portal(port)) {
            HtmlPage signIn = portal.open("/sign-in");
            assertThat(signIn.getForms()).as("no password form, only the language switch")
                    .allSatisfy(form -> assertThat(form.getActionAttribute()).isEqualTo("/language"));
            assertThat(signIn.getElementById("password")).isNull();
            assertThat(signIn.getAnchors().stream().map(a -> a.getHrefAttribute()).toList())
                    .contains("/oauth2/authorization/community");
        }
    }
}
