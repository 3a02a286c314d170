package vn.rehab.handbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/**
 * The order in which the handbook lists the nodes of a process, so that a reader follows a case as it moves. The
 * rule, stable for a given model:
 * <ol>
 *   <li>Start from the start events of the process: the plain start (an officer opens the case) first, then the
 *       others (messages, timers) by their place in the diagram, top to bottom, left to right.</li>
 *   <li>Walk depth-first along the sequence flows. Of several outgoing flows, the target nearest to the line of
 *       the current node comes first (the conventions lay the happy path on one line, exceptions below it), then
 *       the one further left, then by id. Boundary events of a node come after its ordinary successors.</li>
 *   <li>A sub-process is listed where it is reached, followed at once by its own nodes (walked by the same rule)
 *       and then by what comes after it.</li>
 *   <li>Each node is listed once; nodes no flow reaches (event sub-processes) follow, by place in the diagram.</li>
 * </ol>
 */
final class FlowOrder {

  /** A node and the sub-process it lies in (null at the top level). */
  record Placed(FlowNode node, SubProcess scope) {}

  private final Map<String, Bounds> bounds = new HashMap<>();
  private final Map<String, Integer> documentOrder = new HashMap<>();
  private final List<Placed> out = new ArrayList<>();
  private final Set<String> visited = new HashSet<>();

  private FlowOrder(BpmnModelInstance model) {
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null && shape.getBounds() != null) {
        bounds.put(shape.getBpmnElement().getId(), shape.getBounds());
      }
    }
    int i = 0;
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      documentOrder.put(node.getId(), i++);
    }
  }

  static List<Placed> of(BpmnModelInstance model, Process process) {
    FlowOrder order = new FlowOrder(model);
    order.walk(process.getFlowElements(), null);
    return List.copyOf(order.out);
  }

  private void walk(Collection<FlowElement> elements, SubProcess scope) {
    List<FlowNode> nodes = elements.stream().filter(FlowNode.class::isInstance).map(FlowNode.class::cast).toList();
    List<FlowNode> starts = nodes.stream().filter(n -> n instanceof StartEvent)
        .sorted(Comparator.comparing((FlowNode n) -> !((StartEvent) n).getEventDefinitions().isEmpty())
            .thenComparing(byPlace()))
        .toList();
    starts.forEach(s -> visit(s, scope, nodes));
    nodes.stream().sorted(byPlace()).forEach(n -> visit(n, scope, nodes));
  }

  private void visit(FlowNode node, SubProcess scope, List<FlowNode> siblings) {
    if (!visited.add(node.getId())) {
      return;
    }
    out.add(new Placed(node, scope));
    if (node instanceof SubProcess sub) {
      walk(sub.getFlowElements(), sub);
    }
    Bounds here = bounds.get(node.getId());
    double line = here == null ? 0 : here.getY() + here.getHeight() / 2;
    List<FlowNode> next = node.getOutgoing().stream().map(SequenceFlow::getTarget)
        .sorted(Comparator.comparingDouble((FlowNode n) -> Math.abs(centreY(n) - line)).thenComparing(byPlaceX()))
        .toList();
    next.forEach(n -> visit(n, scope, siblings));
    siblings.stream().filter(n -> n instanceof BoundaryEvent b && b.getAttachedTo() == node).sorted(byPlace())
        .forEach(n -> visit(n, scope, siblings));
  }

  private double centreY(FlowNode node) {
    Bounds b = bounds.get(node.getId());
    return b == null ? documentOrder.getOrDefault(node.getId(), 0) : b.getY() + b.getHeight() / 2;
  }

  private double x(FlowNode node) {
    Bounds b = bounds.get(node.getId());
    return b == null ? documentOrder.getOrDefault(node.getId(), 0) : b.getX();
  }

  private Comparator<FlowNode> byPlaceX() {
    return Comparator.comparingDouble(this::x).thenComparing(FlowNode::getId);
  }

  private Comparator<FlowNode> byPlace() {
    return Comparator.comparingDouble(this::centreY).thenComparing(byPlaceX());
  }
}
