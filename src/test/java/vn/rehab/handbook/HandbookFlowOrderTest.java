package vn.rehab.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/** The order the handbook lists nodes in (FlowOrder's documented rule), on small models built here. */
class HandbookFlowOrderTest {

  private static List<String> order(BpmnModelInstance model) {
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    return FlowOrder.of(model, process).stream().map(p -> p.node().getId()).toList();
  }

  @Test
  void theBranchOnTheLineOfTheGatewayComesBeforeTheOneBelowIt() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p")
        .startEvent("Start").userTask("Receive").exclusiveGateway("Complete")
        .condition("yes", "${ok}").userTask("Decide").endEvent("Done")
        .moveToNode("Complete").condition("no", "${!ok}").userTask("Supplement").endEvent("Refused")
        .done();
    assertThat(order(model)).containsExactly("Start", "Receive", "Complete", "Decide", "Done", "Supplement",
        "Refused");
  }

  @Test
  void aBranchDrawnOnTheMainLineIsFollowedFirstWhateverItsOrderInTheFile() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p")
        .startEvent("Start").exclusiveGateway("Split")
        .condition("exception", "${bad}").userTask("Exception").endEvent("End1")
        .moveToNode("Split").condition("main", "${!bad}").userTask("Main").endEvent("End2")
        .done();
    // The builder draws the first branch on the gateway's line; move it below the second to change the rule's pick.
    var shapes = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class);
    double mainY = shape(shapes, "Main").getBounds().getY();
    shape(shapes, "Main").getBounds().setY(shape(shapes, "Exception").getBounds().getY());
    shape(shapes, "Exception").getBounds().setY(mainY + 200);
    assertThat(order(model)).containsSubsequence("Split", "Main", "End2", "Exception", "End1");
  }

  @Test
  void aSubProcessIsFollowedByItsOwnNodesThenByWhatComesAfterIt() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p")
        .startEvent("Start").subProcess("Sub").embeddedSubProcess()
        .startEvent("SubStart").userTask("Inside").endEvent("SubEnd").subProcessDone()
        .userTask("After").endEvent("End")
        .done();
    List<String> order = order(model);
    assertThat(order).containsExactly("Start", "Sub", "SubStart", "Inside", "SubEnd", "After", "End");
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    assertThat(FlowOrder.of(model, process).stream().filter(p -> p.scope() != null).map(p -> p.node().getId()))
        .containsExactly("SubStart", "Inside", "SubEnd");
  }

  @Test
  void thePlainStartComesBeforeAMessageStartAndEveryNodeIsListedOnce() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p")
        .startEvent("HandOver").message("SomeHandOver").userTask("Open").endEvent("End")
        .done();
    var process = model.getModelElementsByType(Process.class).iterator().next();
    var plain = model.newInstance(org.camunda.bpm.model.bpmn.instance.StartEvent.class);
    plain.setId("OfficerStart");
    process.addChildElement(plain);
    var flow = model.newInstance(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class);
    flow.setId("Flow_Officer");
    process.addChildElement(flow);
    flow.setSource(plain);
    flow.setTarget(model.getModelElementById("Open"));
    plain.getOutgoing().add(flow);
    ((org.camunda.bpm.model.bpmn.instance.FlowNode) model.getModelElementById("Open")).getIncoming().add(flow);
    assertThat(order(model)).containsExactly("OfficerStart", "Open", "End", "HandOver");
  }

  private static org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape shape(
      java.util.Collection<org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape> shapes, String id) {
    return shapes.stream().filter(s -> s.getBpmnElement().getId().equals(id)).findFirst().orElseThrow();
  }
}
