package org.openanolis.governance.vote;

public enum Threshold {
    SIMPLE, SUPER, ABSOLUTE;

    public boolean passes(int a, int j, int e) {
        return switch (this) {
            case SIMPLE -> a > j && a >= (e + 2) / 3;
            case SUPER -> 3 * a >= 2 * (a + j) && a >= e / 2 + 1;
            case ABSOLUTE -> a >= (2 * e + 2) / 3;
        };
    }
}
