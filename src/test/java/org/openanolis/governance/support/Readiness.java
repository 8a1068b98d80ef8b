package org.openanolis.governance.support;

/**
 * Whether a started application serves. Its readiness probe turns UP only after every start-up runner is done: the
 * demo people and the production administrator among them. The port alone answers earlier (the portal's sign-in page,
 * even an API call as one person), and a person created a moment later would then be refused with 401 (seen in CI
 * once user creation took bcrypt's time).
 */
public final class Readiness {

    private Readiness() {
    }

    public static boolean ready(int port) {
        try {
            return new Api(port).anonymous().get("/actuator/health/readiness").status() == 200;
        } catch (RuntimeException notListeningYet) {
            return false;
        }
    }
}
