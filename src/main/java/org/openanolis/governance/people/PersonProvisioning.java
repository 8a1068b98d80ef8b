package org.openanolis.governance.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * A person the community's provider vouches for, kept in step with it in the engine's identity store: created at
 * their first sign-in, and at every sign-in (or API call with one of its tokens) their name, e-mail, organization and
 * mapped groups refreshed, a mapped group they lost removed. So recusal by organization and the committee's
 * electorate follow the provider.
 */
@Service
@RequiredArgsConstructor
@EnableConfigurationProperties(OidcProperties.class)
public class PersonProvisioning {

    /** The ids people have here: what the demo and Camunda's own users look like, and nothing a URL must escape. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final IdentityService identity;
    private final OidcProperties properties;

    /**
     * The person these claims describe, created or refreshed; their id.
     *
     * @throws IllegalArgumentException when the claims name no usable id
     */
    @Transactional
    public String signedIn(Map<String, Object> claims) {
        OidcProperties.Claims names = properties.claims();
        String id = text(claims.get(names.userId()));
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("The provider's claim " + names.userId() + " is no usable person id");
        }
        User user = identity.createUserQuery().userId(id).singleResult();
        boolean created = user == null;
        if (created) {
            user = identity.newUser(id);
        }
        String name = text(claims.get(names.name()));
        user.setFirstName(name == null ? id : name);
        user.setLastName("");
        user.setEmail(text(claims.get(names.email())));
        identity.saveUser(user);
        String organization = text(claims.get(names.organization()));
        identity.setUserInfo(id, People.ORGANIZATION, organization == null ? "" : organization);
        keepGroupsInStep(id, groupsOf(claims.get(names.groups())));
        return id;
    }

    /** Every governance group the provider maps: joined when the provider says so, left when it no longer does. */
    private void keepGroupsInStep(String id, Set<String> providerGroups) {
        Set<String> wanted = properties.groups().entrySet().stream()
                .filter(e -> providerGroups.contains(e.getKey())).map(Map.Entry::getValue).collect(Collectors.toSet());
        for (String group : Set.copyOf(properties.groups().values())) {
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                continue;
            }
            boolean member = identity.createGroupQuery().groupMember(id).groupId(group).count() > 0;
            if (wanted.contains(group) && !member) {
                identity.createMembership(id, group);
            } else if (!wanted.contains(group) && member) {
                identity.deleteMembership(id, group);
            }
        }
    }

    private static Set<String> groupsOf(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(PersonProvisioning::text).filter(v -> v != null)
                    .map(PersonProvisioning::lastSegment).collect(Collectors.toSet());
        }
        String single = text(claim);
        return single == null ? Set.of() : Set.of(lastSegment(single));
    }

    /** Keycloak names groups by their path ("/steering-committee"): the group is its last segment. */
    private static String lastSegment(String group) {
        return group.substring(group.lastIndexOf('/') + 1);
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String value = claim instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0))
                : claim.toString();
        String clean = value.strip();
        return clean.isEmpty() || clean.codePoints().anyMatch(Character::isISOControl) ? null : clean;
    }
}
