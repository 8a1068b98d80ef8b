package org.openanolis.governance.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.system.FieldProblem;

/**
 * The address rule with {@code governance.webhooks.allow-private} off, as in production: every URL that would make
 * the server call into its own network is refused, whether written as a literal address or as a name that resolves
 * to one. Names are resolved by a table here, so the test needs no DNS.
 */
class WebhookAddressesTests {

    private static final Map<String, String> DNS = Map.of(
            "hooks.example.org", "93.184.216.34",
            "internal.example.org", "10.1.2.3",
            "rebind.example.org", "169.254.169.254",
            "v6-internal.example.org", "fd12:3456::1",
            "localhost", "127.0.0.1");

    private final WebhookAddresses production = new WebhookAddresses(false, WebhookAddressesTests::resolve);

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/hook", "http://127.1.2.3:8080/hook", "http://localhost:9000/hook", "http://[::1]/hook",
            "http://0.0.0.0/hook", "http://[::]/hook", "http://10.0.0.7/hook", "http://172.16.5.4/hook",
            "http://172.31.255.255/hook", "http://192.168.1.10/hook", "http://169.254.169.254/latest/meta-data",
            "http://100.64.0.1/hook", "http://[fe80::1]/hook", "http://[fd00::1]/hook", "http://[fc00::1]/hook",
            "http://[::ffff:10.0.0.1]/hook", "http://[::ffff:127.0.0.1]/hook", "http://224.0.0.1/hook",
            "http://255.255.255.255/hook", "https://internal.example.org/hook", "https://rebind.example.org/hook",
            "https://v6-internal.example.org/hook"})
    void aLoopbackLinkLocalOrPrivateAddressIsRefused(String url) {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(production.check("url", url, problems)).as(url).isFalse();

        assertThat(problems).extracting(FieldProblem::field).containsExactly("url");
        assertThat(problems.get(0).message()).contains("private");
        assertThat(production.refusalOfDelivery(URI.create(url))).as("also when a delivery is due").isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.org/governance", "http://93.184.216.34:8080/hook",
            "https://[2606:4700::1111]/hook", "https://8.8.8.8/hook"})
    void aPublicAddressIsAccepted(String url) {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(production.check("url", url, problems)).as(url).isTrue();

        assertThat(problems).isEmpty();
        assertThat(production.refusalOfDelivery(URI.create(url))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example.org/x", "file:///etc/passwd", "hooks.example.org/x", "http:///x",
            "javascript:alert(1)"})
    void onlyHttpAndHttpsUrlsWithAHostAreAccepted(String url) {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(production.check("url", url, problems)).as(url).isFalse();

        assertThat(problems).extracting(FieldProblem::field).containsExactly("url");
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(production.check("url", "https://nowhere.example.org/hook", problems)).isFalse();

        assertThat(problems).extracting(FieldProblem::field).containsExactly("url");
        assertThat(production.refusalOfDelivery(URI.create("https://nowhere.example.org/hook")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("does not resolve"));
    }

    @Test
    void allowingPrivateAddressesLetsALocalReceiverIn() {
        WebhookAddresses tests = new WebhookAddresses(true, WebhookAddressesTests::resolve);
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(tests.check("url", "http://localhost:9000/hook", problems)).isTrue();
        assertThat(tests.check("url", "http://10.0.0.7/hook", problems)).isTrue();

        assertThat(problems).isEmpty();
    }

    @Test
    void theSignatureIsTheHmacSha256OfTheBody() {
        // RFC 4231, test case 2.
        assertThat(WebhookSignature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    /** Literal addresses as the JDK reads them (no lookup); names from the table. */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address != null) {
            return new InetAddress[] {InetAddress.getByName(address)};
        }
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    }
}
