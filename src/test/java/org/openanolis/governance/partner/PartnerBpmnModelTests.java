package org.openanolis.governance.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.task.TaskKind;

/** The partner BPMN files keep their contract with the Java glue: task ids, candidate groups, timers, vote thresholds. */
class PartnerBpmnModelTests {

    private static BpmnModelInstance read(String file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn", file));
        Bpmn.validateModel(model);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(model.getModelElementsByType(BpmnShape.class)).as("shape of " + node.getId())
                    .anyMatch(shape -> shape.getBpmnElement() == node);
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(model.getModelElementsByType(BpmnEdge.class)).as("edge of " + flow.getId())
                    .anyMatch(edge -> edge.getBpmnElement() == flow);
        }
        return model;
    }

    private static String timer(BpmnModelInstance model, String boundaryId) {
        BoundaryEvent event = model.getModelElementById(boundaryId);
        TimerEventDefinition timer = event.getChildElementsByType(TimerEventDefinition.class).iterator().next();
        return timer.getTimeDate() != null ? timer.getTimeDate().getTextContent() : timer.getTimeDuration().getTextContent();
    }

    private static String threshold(BpmnModelInstance model, String callActivityId) {
        CallActivity call = model.getModelElementById(callActivityId);
        assertThat(call.getCalledElement()).isEqualTo("committeeVote");
        return call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                .filter(in -> "threshold".equals(in.getCamundaTarget())).findFirst().orElseThrow()
                .getCamundaSourceExpression();
    }

    @Test
    void partnerApprovalKeepsItsContract() {
        BpmnModelInstance model = read("partner-approval.bpmn");
        UserTask eligibility = model.getModelElementById(TaskKind.PARTNER_ELIGIBILITY.taskDefinitionKeys().iterator().next());
        assertThat(eligibility.getCamundaCandidateGroups()).isEqualTo("community-ops");
        UserTask verification = model.getModelElementById(TaskKind.TECHNICAL_VERIFICATION.taskDefinitionKeys().iterator().next());
        assertThat(verification.getCamundaCandidateGroups()).isEqualTo("compatibility-reviewers");
        BoundaryEvent overdue = model.getModelElementById("BoundaryEvent_VerificationOverdue");
        assertThat(overdue.cancelActivity()).as("the reviewer keeps the task").isFalse();
        assertThat(timer(model, "BoundaryEvent_VerificationOverdue")).isEqualTo("${partnerTimers.verificationResponse()}");
        assertThat(timer(model, "BoundaryEvent_RevisionTimeout")).isEqualTo("${partnerTimers.revisionTimeout()}");
        assertThat(threshold(model, "CallActivity_CommitteeVote")).isEqualTo("${'SIMPLE'}");
    }

    @Test
    void certificateAndRevocationKeepTheirContract() {
        BpmnModelInstance certificate = read("partner-certificate.bpmn");
        assertThat(timer(certificate, "BoundaryEvent_SixtyDaysBefore")).contains("certificateReminderAt(", ", 0)");
        assertThat(timer(certificate, "BoundaryEvent_ThirtyDaysBefore")).contains(", 1)");
        assertThat(timer(certificate, "BoundaryEvent_SevenDaysBefore")).contains(", 2)");
        BoundaryEvent expiry = certificate.getModelElementById("BoundaryEvent_CertificateExpiry");
        assertThat(expiry.cancelActivity()).isTrue();

        BpmnModelInstance revocation = read("partner-revocation.bpmn");
        assertThat(threshold(revocation, "CallActivity_RevocationVote")).isEqualTo("${'SUPER'}");
    }
}
