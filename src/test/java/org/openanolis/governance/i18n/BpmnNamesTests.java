package org.openanolis.governance.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.system.BpmnNames;
import org.openanolis.governance.system.Languages;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Every name a diagram draws (flow nodes and sequence flows of bpmn/*.bpmn) has its message in both languages, its
 * English the model's name exactly: a step renamed in Camunda Modeler fails here until its messages follow. And a
 * Chinese reader is served the models with those names, still valid BPMN, an English reader the models as they are.
 */
class BpmnNamesTests {

    private static final Path MODELS = Path.of("bpmn");

    @AfterEach
    void noReader() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyNamedStepHasItsMessageInBothLanguagesTheEnglishBeingTheModelsName() throws IOException {
        Properties english = load("i18n/bpmn.properties");
        Properties chinese = load("i18n/bpmn_zh_CN.properties");
        Map<String, String> names = namesOfTheModels();
        assertThat(names).hasSizeGreaterThan(300);
        names.forEach((key, name) -> {
            assertThat(english.getProperty(key)).as("English of %s", key).isEqualTo(name);
            assertThat(Languages.messages().getMessage(key, null, Languages.ENGLISH)).as(key).isEqualTo(name);
            assertThat(chinese.getProperty(key)).as("Chinese of %s (%s)", key, name).isNotBlank()
                    .containsPattern("\\p{IsHan}");
        });
    }

    @Test
    void everyMessageNamesAStepTheModelsHave() throws IOException {
        Set<String> stale = new TreeSet<>(load("i18n/bpmn.properties").stringPropertyNames());
        stale.removeAll(namesOfTheModels().keySet());
        assertThat(stale).as("messages of steps no model has any more").isEmpty();
    }

    @Test
    void aChineseReaderGetsTheDiagramInChineseAndItIsStillValidBpmn() throws IOException {
        byte[] deployed = Files.readAllBytes(MODELS.resolve("sig-creation.bpmn"));
        LocaleContextHolder.setLocale(Languages.CHINESE);

        BpmnModelInstance served = Bpmn.readModelFromStream(
                new ByteArrayInputStream(BpmnNames.inReadersLanguage(deployed)));

        Bpmn.validateModel(served);
        assertThat(name(served, "UserTask_TriageProposal")).isEqualTo("初审提案");
        assertThat(name(served, "StartEvent_SigProposed")).isEqualTo("SIG 已提议");
        assertThat(name(served, "SequenceFlow_Accepted")).isEqualTo("接受");
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(deployed));
        assertThat(ids(served)).isEqualTo(ids(model));
        // What is no name stays as it is: the process's expressions, its messages' names.
        assertThat(new String(BpmnNames.inReadersLanguage(deployed), StandardCharsets.UTF_8))
                .contains("${acceptSigProposalDelegate}").contains("name=\"SigProposalRevised\"");
        assertThat(BpmnNames.of("sigCreation", "UserTask_TriageProposal", "Triage proposal")).isEqualTo("初审提案");
        assertThat(BpmnNames.of("sigCreation", "UserTask_OfAnOlderVersion", "Older step")).isEqualTo("Older step");
    }

    @Test
    void everyModelServedInChineseIsValidBpmnWithEveryNameInChinese() throws IOException {
        LocaleContextHolder.setLocale(Languages.CHINESE);
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance served = Bpmn.readModelFromStream(
                        new ByteArrayInputStream(BpmnNames.inReadersLanguage(Files.readAllBytes(file))));
                Bpmn.validateModel(served);
                for (FlowElement element : served.getModelElementsByType(FlowElement.class)) {
                    if (element.getName() != null) {
                        assertThat(element.getName()).as("%s in %s", element.getId(), file).containsPattern("\\p{IsHan}");
                    }
                }
            }
        }
    }

    @Test
    void anEnglishReaderGetsTheModelAsDeployed() throws IOException {
        byte[] deployed = Files.readAllBytes(MODELS.resolve("sig-creation.bpmn"));
        for (Locale reader : List.of(Languages.ENGLISH, Locale.GERMAN)) {
            LocaleContextHolder.setLocale(reader);
            assertThat(BpmnNames.inReadersLanguage(deployed)).as("%s", reader).isEqualTo(deployed);
            assertThat(BpmnNames.of("sigCreation", "UserTask_TriageProposal", "Triage proposal"))
                    .isEqualTo("Triage proposal");
        }
        LocaleContextHolder.resetLocaleContext();
        assertThat(BpmnNames.inReadersLanguage(deployed)).as("outside a request").isEqualTo(deployed);
    }

    /** bpmn.<processId>.<elementId> → the name, of every named flow element of every model. */
    private static Map<String, String> namesOfTheModels() throws IOException {
        Map<String, String> names = new TreeMap<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                    if (element.getName() != null) {
                        names.put(BpmnNames.key(processOf(element).getId(), element.getId()), element.getName());
                    }
                }
            }
        }
        return names;
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        while (!(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    private static String name(BpmnModelInstance model, String id) {
        return ((FlowElement) model.getModelElementById(id)).getName();
    }

    private static Set<String> ids(BpmnModelInstance model) {
        Set<String> ids = new TreeSet<>();
        model.getModelElementsByType(FlowElement.class).forEach(e -> ids.add(e.getId()));
        return ids;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BpmnNamesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
