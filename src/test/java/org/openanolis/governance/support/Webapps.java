package org.openanolis.governance.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's webapps (Cockpit, Tasklist, Admin) as a browser uses them: a page first for the XSRF-TOKEN
 * cookie, then the sign-in form of one webapp with the token echoed in X-XSRF-TOKEN, then the webapps'
 * engine API with the session cookie. One instance is one browser: its cookies are its own.
 */
public final class Webapps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public Webapps(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Makes Camunda's webapps serve this test's engine. They look the engine up by name in one map per JVM, where
     * the test context started last holds "default"; a test that works in Tasklist on its own context's cases calls
     * this first, or it may act on another context's engine, where its cases do not exist.
     */
    public static void serve(ProcessEngine engine) {
        ProcessEngines.registerProcessEngine(engine);
    }

    /** Signs in to one webapp ({@code tasklist}, {@code cockpit}, {@code admin}); answers the HTTP status. */
    public int signIn(String app, String user, String password) {
        get("/camunda/app/welcome/default/");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .header("X-XSRF-TOKEN", xsrfToken()).POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return send(request).statusCode();
    }

    /** A GET of the webapps' API (under /camunda/api), as this browser's session. */
    public HttpResponse<String> get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        String token = xsrfToken();
        if (!token.isEmpty()) {
            request.header("X-XSRF-TOKEN", token);
        }
        return send(request.GET().build());
    }

    /** A POST of a JSON body to the webapps' API (under /camunda/api), as this browser's session, token echoed. */
    public HttpResponse<String> post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return send(request);
    }

    /**
     * Any call of the webapps' API as this browser's session, token echoed, the path sent exactly as given (no
     * normalization): what an attacker's own client would send.
     */
    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("X-XSRF-TOKEN", xsrfToken());
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    /** The ids and task definition keys of the tasks the signed-in person sees in Tasklist on one case. */
    public List<String> taskKeysOn(String caseId) {
        HttpResponse<String> answer = get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey="
                + URLEncoder.encode(caseId, StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new AssertionError("Tasklist's task list answered " + answer.statusCode() + ": " + answer.body());
        }
        List<String> keys = new ArrayList<>();
        try {
            for (JsonNode task : JSON.readTree(answer.body())) {
                keys.add(task.path("taskDefinitionKey").asText() + (task.path("assignee").isTextual()
                        ? "@" + task.path("assignee").asText() : ""));
            }
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + answer.body(), e);
        }
        return keys;
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
