package org.openanolis.governance.people;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The community's OpenID Connect provider (DOMAIN.md "Identity and languages"): its issuer, this application's
 * client, the audience its access tokens must name (the client id unless set), which claims carry a person's id,
 * name, e-mail, organization and groups, and which of the provider's groups are which of ours ({@code groups}:
 * provider group to governance group; only these are kept in step, every other membership is left alone).
 * Sign-in through the provider is on when {@code issuer-uri} is set.
 */
@ConfigurationProperties("governance.oidc")
public record OidcProperties(String issuerUri, String clientId, String clientSecret, String audience,
                             @DefaultValue Claims claims, Map<String, String> groups) {

    public OidcProperties {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    /** The claim names; Keycloak's defaults, with the organization and groups its mappers usually add. */
    public record Claims(@DefaultValue("preferred_username") String userId, @DefaultValue("name") String name,
                         @DefaultValue("email") String email, @DefaultValue("organization") String organization,
                         @DefaultValue("groups") String groups) {
    }

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    public String expectedAudience() {
        return audience == null || audience.isBlank() ? clientId : audience;
    }
}
