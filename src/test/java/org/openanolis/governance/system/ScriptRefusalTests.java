package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No deployment may carry a script (issue 4, part 5); our own processes carry none and deploy. One engine serves all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptRefusalTests {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Attack"
                targetNamespace="http://example.org/attack">
              <bpmn:process id="attack" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Attack" />
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Attack" targetRef="Task_Attack" />
            """;
    private static final String TAIL = """
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Attack" targetRef="EndEvent_Attack" />
                <bpmn:endEvent id="EndEvent_Attack" />
              </bpmn:process>
            </bpmn:definitions>
            """;
    private static final String PLAIN_TASK = "<bpmn:task id=\"Task_Attack\" />";

    private ProcessEngine engine;

    @BeforeAll
    void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:script-refusal;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("full");
        configuration.getProcessEnginePlugins().add(new CodeExecutionPlugin());
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    void closeEngine() {
        engine.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // a script task
            "<bpmn:scriptTask id=\"Task_Attack\" scriptFormat=\"groovy\"><bpmn:script>'id'.execute()</bpmn:script></bpmn:scriptTask>",
            // a script execution listener
            "<bpmn:task id=\"Task_Attack\"><bpmn:extensionElements><camunda:executionListener event=\"start\">"
                    + "<camunda:script scriptFormat=\"javascript\">java.lang.Runtime.getRuntime()</camunda:script>"
                    + "</camunda:executionListener></bpmn:extensionElements></bpmn:task>",
            // a script task listener
            "<bpmn:userTask id=\"Task_Attack\"><bpmn:extensionElements><camunda:taskListener event=\"create\">"
                    + "<camunda:script scriptFormat=\"groovy\" resource=\"deployment://evil.groovy\" />"
                    + "</camunda:taskListener></bpmn:extensionElements></bpmn:userTask>",
            // a script input mapping
            "<bpmn:task id=\"Task_Attack\"><bpmn:extensionElements><camunda:inputOutput>"
                    + "<camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"groovy\">1</camunda:script>"
                    + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>",
    })
    void deploymentWithAScriptIsRefused(String task) {
        assertRefused(deployment(HEAD + task + TAIL));
    }

    @Test
    void scriptConditionIsRefused() {
        String bpmn = HEAD + PLAIN_TASK + """
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Attack" targetRef="EndEvent_Attack">
                  <bpmn:conditionExpression xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                      xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:endEvent id="EndEvent_Attack" />
              </bpmn:process>
            </bpmn:definitions>
            """;

        assertRefused(deployment(bpmn));
    }

    @Test
    void processWithoutScriptsDeploys() {
        engine.getRepositoryService().createDeployment().name("harmless").addString("harmless.bpmn", HEAD + PLAIN_TASK + TAIL)
                .deploy();

        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("attack").count())
                .isEqualTo(1);
    }

    @Test
    void ourOwnProcessesDeploy() throws IOException {
        RepositoryService repository = engine.getRepositoryService();
        DeploymentBuilder builder = repository.createDeployment().name("bpmn");
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                builder.addString(file.getFileName().toString(), Files.readString(file));
            }
        }
        builder.deploy();

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKeyIn("sigCreation", "committeeVote").count())
                .isEqualTo(2);
    }

    private DeploymentBuilder deployment(String bpmn) {
        return engine.getRepositoryService().createDeployment().name("attack").addString("attack.bpmn", bpmn);
    }

    private void assertRefused(DeploymentBuilder deployment) {
        assertThatThrownBy(deployment::deploy)
                .hasMessageContaining("Deployment refused: scripts are disabled")
                .hasMessageContaining("line");
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("attack").count()).isZero();
    }
}
