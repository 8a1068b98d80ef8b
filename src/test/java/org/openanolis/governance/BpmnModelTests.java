package org.openanolis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Collection;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/** The ids, expressions and variables of bpmn/ are a contract with the Java glue: these tests pin them. */
class BpmnModelTests {

  private static BpmnModelInstance read(String file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn", file));
    Bpmn.validateModel(model);
    return model;
  }

  private static <T extends ModelElementInstance> T element(BpmnModelInstance model, String id, Class<T> type) {
    ModelElementInstance element = model.getModelElementById(id);
    assertThat(element).as(id).isInstanceOf(type);
    return type.cast(element);
  }

  private static void assertEveryFlowNodeAndFlowIsDrawn(BpmnModelInstance model) {
    Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
    Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shapes).as("shape of " + node.getId())
          .anyMatch(shape -> shape.getBpmnElement() == node);
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("edge of " + flow.getId())
          .anyMatch(edge -> edge.getBpmnElement() == flow && edge.getWaypoints().size() >= 2);
    }
  }

  private static void assertCondition(BpmnModelInstance model, String flowId, String target, String condition) {
    SequenceFlow flow = element(model, flowId, SequenceFlow.class);
    assertThat(afterJoins(flow.getTarget()).getId()).as(flowId + " target").isEqualTo(target);
    assertThat(flow.getConditionExpression().getTextContent()).as(flowId + " condition").isEqualTo(condition);
  }

  /**
   * Where a flow leads, past the joining gateways in front of it: flows that meet before an element join in a
   * gateway (bpmnlint's fake-join), which is drawing, not a step of the contract.
   */
  private static FlowNode afterJoins(FlowNode node) {
    FlowNode next = node;
    while (next instanceof ExclusiveGateway join && join.getOutgoing().size() == 1 && join.getIncoming().size() > 1) {
      next = join.getOutgoing().iterator().next().getTarget();
    }
    return next;
  }

  private static String escalationCode(BpmnModelInstance model, String eventId) {
    ModelElementInstance event = model.getModelElementById(eventId);
    EscalationEventDefinition definition = event.getChildElementsByType(EscalationEventDefinition.class)
        .iterator().next();
    return definition.getEscalation().getEscalationCode();
  }

  private static String timerExpression(ModelElementInstance event) {
    TimerEventDefinition timer = event.getChildElementsByType(TimerEventDefinition.class).iterator().next();
    return timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
        : timer.getTimeDuration().getTextContent();
  }

  @Test
  void committeeVoteKeepsItsContract() {
    BpmnModelInstance model = read("committee-vote.bpmn");

    Process process = element(model, "committeeVote", Process.class);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");
    assertEveryFlowNodeAndFlowIsDrawn(model);

    element(model, "StartEvent_VoteRequested", StartEvent.class);
    assertThat(element(model, "ServiceTask_OpenVote", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${openVoteDelegate}");
    element(model, "Gateway_ElectorateSufficient", ExclusiveGateway.class);
    assertCondition(model, "SequenceFlow_ElectorateSufficient", "SubProcess_VoteOpen", "${electorateSufficient}");
    assertCondition(model, "SequenceFlow_ElectorateTooSmall", "UserTask_ResolveVoteEscalation",
        "${!electorateSufficient}");
    UserTask resolve = element(model, "UserTask_ResolveVoteEscalation", UserTask.class);
    assertThat(resolve.getCamundaCandidateGroups()).isEqualTo("committee-chair");
    assertThat(resolve.getDocumentations()).isNotEmpty();
    element(model, "Gateway_EscalationDecision", ExclusiveGateway.class);
    assertCondition(model, "SequenceFlow_EscalationRerun", "ServiceTask_OpenVote", "${chairOutcome == 'RERUN'}");
    assertCondition(model, "SequenceFlow_EscalationClosed", "ServiceTask_CloseWithoutDecision",
        "${chairOutcome == 'CLOSE'}");

    SubProcess voteOpen = element(model, "SubProcess_VoteOpen", SubProcess.class);
    assertThat(voteOpen.triggeredByEvent()).isFalse();
    element(model, "StartEvent_VoteOpened", StartEvent.class);
    assertThat(element(model, "Gateway_VoteBranches", ParallelGateway.class).getOutgoing()).hasSize(4);

    UserTask castBallot = element(model, "UserTask_CastBallot", UserTask.class);
    assertThat(castBallot.getParentElement()).isSameAs(voteOpen);
    assertThat(castBallot.getCamundaAssignee()).isEqualTo("${voter}");
    assertThat(castBallot.getDocumentations()).isNotEmpty();
    MultiInstanceLoopCharacteristics ballots =
        (MultiInstanceLoopCharacteristics) castBallot.getLoopCharacteristics();
    assertThat(ballots.isSequential()).isFalse();
    assertThat(ballots.getCamundaCollection()).isEqualTo("${voteBallots.pendingVoters(voteId)}");
    assertThat(ballots.getCamundaElementVariable()).isEqualTo("voter");
    assertThat(ballots.getCompletionCondition().getTextContent()).isEqualTo("${voteBallots.decidedEarly(voteId)}");

    ExclusiveGateway decidedByBallots = element(model, "Gateway_DecidedByBallots", ExclusiveGateway.class);
    assertThat(decidedByBallots.getDefault().getId()).isEqualTo("SequenceFlow_AllVotedBeforeMinOpen");
    assertCondition(model, "SequenceFlow_DecidedByBallots", "EscalationEvent_DecidedByBallots",
        "${voteBallots.decidedEarly(voteId)}");
    element(model, "EndEvent_BallotsIn", EndEvent.class);

    assertThat(timerExpression(element(model, "TimerEvent_MinOpenPassed", IntermediateCatchEvent.class)))
        .isEqualTo("${voteSchedule.minOpenAt(voteId)}");
    ExclusiveGateway decidedAtMinOpen = element(model, "Gateway_DecidedAtMinOpen", ExclusiveGateway.class);
    assertThat(decidedAtMinOpen.getDefault().getId()).isEqualTo("SequenceFlow_StillOpen");
    assertCondition(model, "SequenceFlow_DecidedAtMinOpen", "EscalationEvent_DecidedAtMinOpen",
        "${voteBallots.decidedEarly(voteId)}");
    element(model, "EndEvent_StillOpen", EndEvent.class);

    assertThat(timerExpression(element(model, "TimerEvent_HalfWindow", IntermediateCatchEvent.class)))
        .isEqualTo("${voteSchedule.halfWindowAt(voteId)}");
    assertThat(element(model, "ServiceTask_RemindAtHalfWindow", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${remindNonVotersDelegate}");
    element(model, "EndEvent_HalfWindowReminded", EndEvent.class);

    assertThat(timerExpression(element(model, "TimerEvent_DayBeforeClose", IntermediateCatchEvent.class)))
        .isEqualTo("${voteSchedule.dayBeforeCloseAt(voteId)}");
    assertThat(element(model, "ServiceTask_RemindBeforeClose", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${remindNonVotersDelegate}");
    assertThat(timerExpression(element(model, "TimerEvent_Deadline", IntermediateCatchEvent.class)))
        .isEqualTo("${voteSchedule.closesAt(voteId)}");
    assertThat(element(model, "ServiceTask_ReachDeadline", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${reachDeadlineDelegate}");
    element(model, "Gateway_DeadlineOutcome", ExclusiveGateway.class);
    assertCondition(model, "SequenceFlow_QuorumAtDeadline", "EscalationEvent_DecidedAtDeadline",
        "${deadlineOutcome == 'TALLY'}");
    assertCondition(model, "SequenceFlow_Extended", "TimerEvent_DayBeforeClose", "${deadlineOutcome == 'EXTENDED'}");
    assertCondition(model, "SequenceFlow_NoQuorumAtDeadline", "EscalationEvent_NoQuorum",
        "${deadlineOutcome == 'NO_QUORUM'}");

    for (String decided : new String[] {"EscalationEvent_DecidedByBallots", "EscalationEvent_DecidedAtMinOpen",
        "EscalationEvent_DecidedAtDeadline"}) {
      element(model, decided, EndEvent.class);
      assertThat(escalationCode(model, decided)).as(decided).isEqualTo("VoteDecided");
    }
    element(model, "EscalationEvent_NoQuorum", EndEvent.class);
    assertThat(escalationCode(model, "EscalationEvent_NoQuorum")).isEqualTo("NoQuorum");

    BoundaryEvent voteDecided = element(model, "BoundaryEvent_VoteDecided", BoundaryEvent.class);
    assertThat(voteDecided.getAttachedTo()).isSameAs(voteOpen);
    assertThat(voteDecided.cancelActivity()).isTrue();
    assertThat(escalationCode(model, "BoundaryEvent_VoteDecided")).isEqualTo("VoteDecided");
    assertThat(element(model, "ServiceTask_TallyVote", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${tallyVoteDelegate}");
    element(model, "EndEvent_VoteDecided", EndEvent.class);

    BoundaryEvent noQuorum = element(model, "BoundaryEvent_NoQuorum", BoundaryEvent.class);
    assertThat(noQuorum.getAttachedTo()).isSameAs(voteOpen);
    assertThat(noQuorum.cancelActivity()).isTrue();
    assertThat(escalationCode(model, "BoundaryEvent_NoQuorum")).isEqualTo("NoQuorum");
    assertThat(element(model, "ServiceTask_RecordNoQuorum", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${recordNoQuorumDelegate}");
    UserTask decideAfterNoQuorum = element(model, "UserTask_DecideAfterNoQuorum", UserTask.class);
    assertThat(decideAfterNoQuorum.getCamundaCandidateGroups()).isEqualTo("committee-chair");
    assertThat(decideAfterNoQuorum.getDocumentations()).isNotEmpty();
    element(model, "Gateway_NoQuorumDecision", ExclusiveGateway.class);
    assertCondition(model, "SequenceFlow_NoQuorumRerun", "ServiceTask_OpenVote", "${chairOutcome == 'RERUN'}");
    assertCondition(model, "SequenceFlow_NoQuorumClosed", "ServiceTask_CloseWithoutDecision",
        "${chairOutcome == 'CLOSE'}");

    assertThat(element(model, "ServiceTask_CloseWithoutDecision", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${closeWithoutDecisionDelegate}");
    element(model, "EndEvent_ClosedWithoutDecision", EndEvent.class);
  }

  @Test
  void sigCreationKeepsItsContract() {
    BpmnModelInstance model = read("sig-creation.bpmn");

    Process process = element(model, "sigCreation", Process.class);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");
    assertEveryFlowNodeAndFlowIsDrawn(model);

    element(model, "StartEvent_SigProposed", StartEvent.class);
    UserTask triage = element(model, "UserTask_TriageProposal", UserTask.class);
    assertThat(triage.getCamundaCandidateGroups()).isEqualTo("community-ops");
    assertThat(triage.getDocumentations()).isNotEmpty();
    element(model, "Gateway_TriageOutcome", ExclusiveGateway.class);
    assertCondition(model, "SequenceFlow_Accepted", "ServiceTask_AcceptForVote", "${triageOutcome == 'ACCEPT'}");
    assertCondition(model, "SequenceFlow_ChangesRequested", "ServiceTask_RequestChanges",
        "${triageOutcome == 'REQUEST_CHANGES'}");
    assertCondition(model, "SequenceFlow_RejectedInTriage", "ServiceTask_RejectInTriage",
        "${triageOutcome == 'REJECT'}");
    assertThat(element(model, "ServiceTask_AcceptForVote", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${acceptSigProposalDelegate}");
    assertThat(element(model, "ServiceTask_RequestChanges", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${requestSigChangesDelegate}");
    assertThat(element(model, "ServiceTask_RejectInTriage", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${rejectSigInTriageDelegate}");
    element(model, "EndEvent_RejectedInTriage", EndEvent.class);

    ReceiveTask awaitRevision = element(model, "ReceiveTask_AwaitRevision", ReceiveTask.class);
    assertThat(awaitRevision.getMessage().getName()).isEqualTo("SigProposalRevised");
    assertThat(afterJoins(element(model, "SequenceFlow_Revised", SequenceFlow.class).getTarget())).isSameAs(triage);

    BoundaryEvent firstReminder = element(model, "BoundaryEvent_FirstRevisionReminder", BoundaryEvent.class);
    assertThat(firstReminder.getAttachedTo()).isSameAs(awaitRevision);
    assertThat(firstReminder.cancelActivity()).isFalse();
    assertThat(timerExpression(firstReminder)).isEqualTo("${sigTimers.firstRevisionReminder()}");
    BoundaryEvent secondReminder = element(model, "BoundaryEvent_SecondRevisionReminder", BoundaryEvent.class);
    assertThat(secondReminder.getAttachedTo()).isSameAs(awaitRevision);
    assertThat(secondReminder.cancelActivity()).isFalse();
    assertThat(timerExpression(secondReminder)).isEqualTo("${sigTimers.secondRevisionReminder()}");
    BoundaryEvent timeout = element(model, "BoundaryEvent_RevisionTimeout", BoundaryEvent.class);
    assertThat(timeout.getAttachedTo()).isSameAs(awaitRevision);
    assertThat(timeout.cancelActivity()).isTrue();
    assertThat(timerExpression(timeout)).isEqualTo("${sigTimers.revisionTimeout()}");
    for (String reminder : new String[] {"ServiceTask_RemindProposerFirst", "ServiceTask_RemindProposerSecond"}) {
      assertThat(element(model, reminder, ServiceTask.class).getCamundaDelegateExpression())
          .isEqualTo("${remindProposerToReviseDelegate}");
    }
    element(model, "EndEvent_FirstReminderSent", EndEvent.class);
    element(model, "EndEvent_SecondReminderSent", EndEvent.class);
    assertThat(element(model, "ServiceTask_ExpireProposal", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${expireSigProposalDelegate}");
    element(model, "EndEvent_SigExpired", EndEvent.class);

    CallActivity vote = element(model, "CallActivity_CommitteeVote", CallActivity.class);
    assertThat(vote.getCalledElement()).isEqualTo("committeeVote");
    Collection<CamundaIn> ins = vote.getExtensionElements().getElementsQuery()
        .filterByType(CamundaIn.class).list();
    assertThat(ins).anyMatch(in -> "#{execution.processBusinessKey}".equals(in.getCamundaBusinessKey()));
    assertThat(ins).anyMatch(in -> "caseType".equals(in.getCamundaSource())
        && "caseType".equals(in.getCamundaTarget()));
    assertThat(ins).anyMatch(in -> "caseId".equals(in.getCamundaSource()) && "caseId".equals(in.getCamundaTarget()));
    assertThat(ins).anyMatch(in -> "${'SIMPLE'}".equals(in.getCamundaSourceExpression())
        && "threshold".equals(in.getCamundaTarget()));
    Collection<CamundaOut> outs = vote.getExtensionElements().getElementsQuery()
        .filterByType(CamundaOut.class).list();
    assertThat(outs).singleElement().satisfies(out -> {
      assertThat(out.getCamundaSource()).isEqualTo("voteOutcome");
      assertThat(out.getCamundaTarget()).isEqualTo("voteOutcome");
    });

    element(model, "Gateway_VoteOutcome", ExclusiveGateway.class);
    assertCondition(model, "SequenceFlow_VoteApproved", "UserTask_ProvisionSig", "${voteOutcome == 'APPROVED'}");
    assertCondition(model, "SequenceFlow_VoteRejected", "EndEvent_SigRejected", "${voteOutcome == 'REJECTED'}");
    assertCondition(model, "SequenceFlow_VoteClosedWithoutDecision", "ServiceTask_ExpireAfterVote",
        "${voteOutcome == 'CLOSED'}");
    UserTask provision = element(model, "UserTask_ProvisionSig", UserTask.class);
    assertThat(provision.getCamundaCandidateGroups()).isEqualTo("community-ops");
    assertThat(provision.getDocumentations()).isNotEmpty();
    assertThat(element(model, "ServiceTask_RegisterSig", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${registerSigDelegate}");
    element(model, "EndEvent_SigApproved", EndEvent.class);
    element(model, "EndEvent_SigRejected", EndEvent.class);
    assertThat(element(model, "ServiceTask_ExpireAfterVote", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${expireSigProposalDelegate}");
    element(model, "EndEvent_SigExpiredAfterVote", EndEvent.class);

    SubProcess withdrawal = element(model, "SubProcess_Withdrawal", SubProcess.class);
    assertThat(withdrawal.triggeredByEvent()).isTrue();
    StartEvent withdrawn = element(model, "StartEvent_Withdrawn", StartEvent.class);
    assertThat(withdrawn.getParentElement()).isSameAs(withdrawal);
    assertThat(withdrawn.isInterrupting()).isTrue();
    MessageEventDefinition message = withdrawn.getChildElementsByType(MessageEventDefinition.class)
        .iterator().next();
    assertThat(message.getMessage().getName()).isEqualTo("SigProposalWithdrawn");
    element(model, "EndEvent_Withdrawn", EndEvent.class);
  }

  @Test
  void projectOnboardingKeepsItsContract() {
    BpmnModelInstance model = read("project-onboarding.bpmn");

    Process process = element(model, "projectOnboarding", Process.class);
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");
    assertEveryFlowNodeAndFlowIsDrawn(model);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getDocumentations()).as(task.getId()).isNotEmpty();
    }

    assertCondition(model, "SequenceFlow_LicenseAllowed", "UserTask_EndorseProject", "${licenseAllowed}");
    assertCondition(model, "SequenceFlow_LicenseNotAllowed", "UserTask_ReviewLicense", "${!licenseAllowed}");
    assertThat(element(model, "UserTask_ReviewLicense", UserTask.class).getCamundaCandidateGroups())
        .isEqualTo("community-ops");
    assertCondition(model, "SequenceFlow_LicenseRejected", "ServiceTask_RejectAfterLegalReview",
        "${legalReviewOutcome == 'REJECT'}");

    UserTask endorse = element(model, "UserTask_EndorseProject", UserTask.class);
    assertThat(endorse.getCamundaCandidateUsers()).isEqualTo("${projectEndorsers.chairsOf(caseId)}");
    BoundaryEvent endorsementTimeout = element(model, "BoundaryEvent_EndorsementTimeout", BoundaryEvent.class);
    assertThat(endorsementTimeout.getAttachedTo()).isSameAs(endorse);
    assertThat(endorsementTimeout.cancelActivity()).isTrue();
    assertThat(timerExpression(endorsementTimeout)).isEqualTo("${projectTimers.endorsementTimeout()}");
    assertThat(element(model, "UserTask_DecideEndorsementForSig", UserTask.class).getCamundaCandidateGroups())
        .isEqualTo("committee-chair");
    assertCondition(model, "SequenceFlow_Endorsed", "ServiceTask_RecordEndorsement",
        "${endorsementOutcome == 'ENDORSE'}");

    element(model, "Gateway_DueDiligenceFork", ParallelGateway.class);
    element(model, "Gateway_DueDiligenceJoin", ParallelGateway.class);
    assertCondition(model, "SequenceFlow_TechnicalRejected", "ServiceTask_RejectAfterTechnicalDiligence",
        "${technicalDiligenceOutcome == 'REJECT'}");
    assertCondition(model, "SequenceFlow_LegalRejected", "ServiceTask_RejectAfterLegalDiligence",
        "${legalDiligenceOutcome == 'REJECT'}");

    CallActivity vote = element(model, "CallActivity_CommitteeVote", CallActivity.class);
    assertThat(vote.getCalledElement()).isEqualTo("committeeVote");
    assertThat(vote.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
        .anyMatch(in -> "${'SIMPLE'}".equals(in.getCamundaSourceExpression()));
    assertCondition(model, "SequenceFlow_VoteApproved", "UserTask_ConfirmAgreement", "${voteOutcome == 'APPROVED'}");
    assertCondition(model, "SequenceFlow_VoteClosedWithoutDecision", "ServiceTask_ExpireAfterVote",
        "${voteOutcome == 'CLOSED'}");

    UserTask agreement = element(model, "UserTask_ConfirmAgreement", UserTask.class);
    assertThat(agreement.getCamundaAssignee()).isEqualTo("${proposer}");
    for (String[] timer : new String[][] {
        {"BoundaryEvent_FirstAgreementReminder", "${projectTimers.firstAgreementReminder()}", "false"},
        {"BoundaryEvent_SecondAgreementReminder", "${projectTimers.secondAgreementReminder()}", "false"},
        {"BoundaryEvent_AgreementTimeout", "${projectTimers.agreementTimeout()}", "true"}}) {
      BoundaryEvent event = element(model, timer[0], BoundaryEvent.class);
      assertThat(event.getAttachedTo()).isSameAs(agreement);
      assertThat(timerExpression(event)).isEqualTo(timer[1]);
      assertThat(event.cancelActivity()).isEqualTo(Boolean.parseBoolean(timer[2]));
    }

    SubProcess checklist = element(model, "SubProcess_OnboardingChecklist", SubProcess.class);
    for (String item : new String[] {"UserTask_TransferRepository", "UserTask_SetUpCi", "UserTask_ListOnWebsite"}) {
      assertThat(element(model, item, UserTask.class).getParentElement()).isSameAs(checklist);
    }
    BoundaryEvent overdue = element(model, "BoundaryEvent_ChecklistOverdue", BoundaryEvent.class);
    assertThat(overdue.getAttachedTo()).isSameAs(checklist);
    assertThat(overdue.cancelActivity()).isFalse();
    assertThat(timerExpression(overdue)).isEqualTo("${projectTimers.checklistTarget()}");
    assertThat(element(model, "ServiceTask_ListProject", ServiceTask.class).getCamundaDelegateExpression())
        .isEqualTo("${listProjectDelegate}");

    SubProcess withdrawal = element(model, "SubProcess_Withdrawal", SubProcess.class);
    assertThat(withdrawal.triggeredByEvent()).isTrue();
    StartEvent withdrawn = element(model, "StartEvent_Withdrawn", StartEvent.class);
    assertThat(withdrawn.isInterrupting()).isTrue();
    assertThat(withdrawn.getChildElementsByType(MessageEventDefinition.class).iterator().next().getMessage().getName())
        .isEqualTo("ProjectProposalWithdrawn");
  }
}
