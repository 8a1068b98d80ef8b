package org.openanolis.governance.people;

/** A registered user as governance sees them: every person has exactly one organization. */
public record Person(String id, String name, String email, String organization) {

    /** Organizations are matched without regard to case, as people type them differently. */
    public boolean belongsTo(String otherOrganization) {
        return organization != null && otherOrganization != null && organization.equalsIgnoreCase(otherOrganization.trim());
    }
}
