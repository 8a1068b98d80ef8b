package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests run, so the files of docker/ are checked for what would break a
 * {@code docker compose up} only there: the image runs as a non-root user with a health check, every node gets
 * every setting the prod and postgres profiles require from the environment and no secret from the file, and
 * the proxy reaches both nodes.
 */
class DockerFilesTests {

    private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
    private static final Path COMPOSE = Path.of("docker", "compose.yaml");
    private static final Path NGINX = Path.of("docker", "nginx.conf");
    private static final Path DOCKERIGNORE = Path.of(".dockerignore");
    /** A placeholder with no default, ${NAME} or ${NAME:?message}: the setting must come from outside. */
    private static final Pattern REQUIRED_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::\\?[^}]*)?}");
    /** The names the postgres profile (branch prod-pg) and the prod profile are agreed to read. */
    private static final List<String> AGREED_VARIABLES = List.of("GOVERNANCE_DB_URL", "GOVERNANCE_DB_USER",
            "GOVERNANCE_DB_PASSWORD", "GOVERNANCE_ADMIN_PASSWORD", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT",
            "GOVERNANCE_BASE_URL");

    @Test
    void imageIsBuiltWithTheWrapperOnAJdkAndRunsOnAJreAsANonRootUserWithAHealthCheck() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        List<String> stages = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).contains("17-jdk").contains(" AS build");
        assertThat(stages.get(1)).contains("17-jre");
        assertThat(lines).anyMatch(l -> l.startsWith("RUN ./mvnw") && l.contains("package"));

        List<String> runStage = lines.subList(lines.indexOf(stages.get(1)), lines.size());
        List<String> users = runStage.stream().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).singleElement().satisfies(user -> {
            String who = user.substring("USER ".length()).strip().split(":")[0];
            assertThat(who).isNotIn("root", "0");
        });
        assertThat(runStage).anyMatch(l -> l.startsWith("HEALTHCHECK "))
                .anyMatch(l -> l.contains("curl -fsS") && l.contains("/actuator/health/readiness"));
        assertThat(runStage).filteredOn(l -> l.startsWith("ENTRYPOINT")).singleElement()
                .asString().contains("exec java $JAVA_OPTS -jar /app/app.jar");
    }

    @Test
    void everythingTheImageCopiesIsInTheBuildContextAndLeftInByDockerignore() throws IOException {
        List<String> ignored = Files.readAllLines(DOCKERIGNORE).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(ignored).contains("target/", ".git/", "data/");
        Pattern copy = Pattern.compile("^COPY (?!--from)(.+) \\S+$");
        List<String> sources = new ArrayList<>();
        for (String line : Files.readAllLines(DOCKERFILE)) {
            Matcher m = copy.matcher(line);
            if (m.matches()) {
                sources.addAll(List.of(m.group(1).split(" ")));
            }
        }
        assertThat(sources).contains("mvnw", "pom.xml", ".mvn", "src", "bpmn");
        assertThat(sources).allSatisfy(source -> {
            assertThat(Path.of(source)).exists();
            assertThat(ignored).noneMatch(pattern -> pattern.replaceAll("/$", "").equals(source));
        });
    }

    @Test
    void twoNodesGetEveryRequiredSettingFromTheEnvironmentAndNoSecretFromTheFile() throws IOException {
        Map<String, Object> services = services();
        assertThat(services).containsKeys("postgres", "mailpit", "proxy");
        List<String> nodes = nodes(services);
        assertThat(nodes).hasSize(2);

        Set<String> required = new LinkedHashSet<>(AGREED_VARIABLES);
        for (String profile : List.of("prod", "postgres")) {
            Path file = Path.of("src", "main", "resources", "application-" + profile + ".yaml");
            if (Files.exists(file)) {
                Matcher m = REQUIRED_PLACEHOLDER.matcher(Files.readString(file));
                while (m.find()) {
                    required.add(m.group(1));
                }
            }
        }
        for (String node : nodes) {
            Map<String, Object> environment = map(map(services.get(node)).get("environment"));
            assertThat(environment).as(node).containsKeys(required.toArray(String[]::new));
            assertThat(String.valueOf(environment.get("SPRING_PROFILES_ACTIVE")).split(","))
                    .containsExactlyInAnyOrder("prod", "postgres");
            assertThat(String.valueOf(environment.get("GOVERNANCE_DB_URL"))).startsWith("jdbc:postgresql://postgres:5432/");
            assertThat(String.valueOf(environment.get("SPRING_MAIL_HOST"))).contains("mailpit");
            environment.forEach((name, value) -> {
                if (name.contains("PASSWORD") || name.contains("SECRET")) {
                    assertThat(String.valueOf(value)).as("%s on %s", name, node).matches("\\$\\{" + name + ":\\?[^}]+}");
                }
            });
        }
        Map<String, Object> database = map(map(services.get("postgres")).get("environment"));
        assertThat(String.valueOf(database.get("POSTGRES_PASSWORD"))).matches("\\$\\{GOVERNANCE_DB_PASSWORD:\\?[^}]+}");
    }

    @Test
    void theProxyMountsItsConfigurationAndSpreadsBrowsersOverBothNodesStickily() throws IOException {
        Map<String, Object> services = services();
        Map<String, Object> proxy = map(services.get("proxy"));
        assertThat(proxy.get("volumes").toString()).contains("./nginx.conf:/etc/nginx/nginx.conf:ro");
        assertThat(proxy.get("ports").toString()).contains(":80");
        assertThat(map(proxy.get("depends_on"))).containsOnlyKeys(nodes(services));

        String nginx = Files.readString(NGINX);
        for (String node : nodes(services)) {
            assertThat(nginx).contains("server " + node + ":8080");
        }
        assertThat(nginx).contains("listen 80;", "proxy_pass http://governance;", "hash $sticky_key consistent;",
                "X-Forwarded-Proto");
        assertThat(nginx).as("the scheme a TLS terminator in front reported is passed on, not nginx's own http")
                .contains("proxy_set_header X-Forwarded-Proto $forwarded_proto;", "$http_x_forwarded_proto")
                .doesNotContain("X-Forwarded-Proto $scheme;");
    }

    @Test
    void mailpitsUiWithEveryMailIsReachableFromThisMachineOnly() throws IOException {
        Map<String, Object> mailpit = map(services().get("mailpit"));
        assertThat(mailpit.get("ports").toString()).as("published on the loopback interface only")
                .matches("\\[\"?127\\.0\\.0\\.1:[^,\\]]*\"?]");
    }

    /** The services built from docker/Dockerfile: the application's nodes. */
    private static List<String> nodes(Map<String, Object> services) {
        return services.entrySet().stream()
                .filter(e -> map(e.getValue()).get("build") instanceof Map<?, ?> build
                        && "docker/Dockerfile".equals(build.get("dockerfile")))
                .map(Map.Entry::getKey).toList();
    }

    private static Map<String, Object> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        return map(compose.get("services"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
