package org.openanolis.governance.people;

/**
 * A registered user as governance sees them: every person has exactly one organization.
 *
 * @param language the language they chose for pages and mails, as a BCP 47 tag such as {@code zh-CN}; {@code null}
 *                 until they choose, when their browser decides the pages and the community's default their mails
 */
public record Person(String id, String name, String email, String organization, String language) {

    public Person(String id, String name, String email, String organization) {
        this(id, name, email, organization, null);
    }

    /** Organizations are matched without regard to case, as people type them differently. */
    public boolean belongsTo(String otherOrganization) {
        return organization != null && otherOrganization != null && organization.equalsIgnoreCase(otherOrganization.trim());
    }
}
