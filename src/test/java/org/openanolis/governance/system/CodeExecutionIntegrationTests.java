package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.GovernanceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Code execution closed in the running application (issue 4, part 5): Java serialization off, no script
 * deploys, and only administrators deploy through the engine's REST API.
 */
@GovernanceTest
class CodeExecutionIntegrationTests {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RepositoryService repositoryService;

    @LocalServerPort
    int port;

    @Test
    void javaSerializationOfVariablesIsOff() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isEnableScriptEngineLoadExternalResources()).isFalse();
    }

    @Test
    void engineRefusesAScriptDeployment() {
        String name = "script-" + UUID.randomUUID();

        assertThatThrownBy(() -> repositoryService.createDeployment().name(name)
                .addString("script.bpmn", bpmn("scriptProbe", "<bpmn:scriptTask id=\"Task_Probe\" scriptFormat=\"groovy\">"
                        + "<bpmn:script>1</bpmn:script></bpmn:scriptTask>")).deploy())
                .hasMessageContaining("scripts are disabled");
        assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
    }

    @Test
    void onlyAdministratorsDeployThroughTheEngineRestApi() {
        String key = "restProbe" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String harmless = bpmn(key, "<bpmn:task id=\"Task_Probe\" />");

        assertThat(deploy("alice", key + "-alice", harmless)).isEqualTo(403);
        assertThat(deploy("paul", key + "-paul", harmless)).isEqualTo(403);
        assertThat(count("/engine-rest/process-definition/count?key=" + key)).isZero();

        assertThat(deploy("admin", key + "-admin", harmless)).isEqualTo(200);
        assertThat(count("/engine-rest/process-definition/count?key=" + key)).isEqualTo(1);
    }

    @Test
    void evenAnAdministratorCannotDeployAScriptThroughTheEngineRestApi() {
        String name = "rest-script-" + UUID.randomUUID();

        int status = deploy("admin", name, bpmn("restScriptProbe", "<bpmn:scriptTask id=\"Task_Probe\" scriptFormat=\"groovy\">"
                + "<bpmn:script>1</bpmn:script></bpmn:scriptTask>"));

        assertThat(status).isBetween(400, 599);
        assertThat(count("/engine-rest/deployment/count?name=" + name)).isZero();
    }

    /**
     * Counts through the engine REST API itself: when several test contexts live in one JVM, the REST API serves
     * the engine registered last under "default", which need not be this context's.
     */
    private int count(String path) {
        String body = RestClient.create("http://localhost:" + port).get().uri(path)
                .headers(h -> h.setBasicAuth("admin", "demo")).retrieve().body(String.class);
        return Integer.parseInt(body.replaceAll("\\D", ""));
    }

    private int deploy(String user, String deploymentName, String bpmn) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", deploymentName);
        form.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "probe.bpmn";
            }
        });
        return RestClient.create("http://localhost:" + port).post().uri("/engine-rest/deployment/create")
                .headers(h -> h.setBasicAuth(user, "demo"))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange((request, response) -> response.getStatusCode().value());
    }

    private static String bpmn(String key, String task) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe" targetNamespace="http://example.org/probe">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Probe" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Probe" targetRef="Task_Probe" />
                    %s
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Probe" targetRef="EndEvent_Probe" />
                    <bpmn:endEvent id="EndEvent_Probe" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, task);
    }
}
