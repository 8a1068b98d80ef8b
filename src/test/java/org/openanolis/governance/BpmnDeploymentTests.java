package org.openanolis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine parses and deploys bpmn/ without Spring: expressions are parsed, beans are not resolved. */
class BpmnDeploymentTests {

  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:bpmn-deploy;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    engine = configuration.buildProcessEngine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void engineDeploysCommitteeVoteAndSigCreation() throws IOException {
    RepositoryService repository = engine.getRepositoryService();
    try (InputStream vote = new FileInputStream("bpmn/committee-vote.bpmn");
        InputStream sig = new FileInputStream("bpmn/sig-creation.bpmn")) {
      repository.createDeployment()
          .name("bpmn")
          .addInputStream("committee-vote.bpmn", vote)
          .addInputStream("sig-creation.bpmn", sig)
          .deploy();
    }

    assertThat(repository.createProcessDefinitionQuery().list())
        .extracting(ProcessDefinition::getKey)
        .containsExactlyInAnyOrder("committeeVote", "sigCreation");
  }
}
