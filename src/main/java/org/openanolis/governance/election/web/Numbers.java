package org.openanolis.governance.election.web;

/** Whole numbers as the portal's forms send them: text, which may be empty or not a number at all. */
final class Numbers {

    /**
     * Stands for text that is no whole number. The services refuse it as out of range, with the message that says
     * which whole numbers they take, which is what the person needs to read.
     */
    static final int NOT_A_NUMBER = Integer.MIN_VALUE;

    private Numbers() {
    }

    /** Null for nothing typed, the number, or {@link #NOT_A_NUMBER}. */
    static Integer typed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }
}
