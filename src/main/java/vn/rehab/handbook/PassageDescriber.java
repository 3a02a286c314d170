package vn.rehab.handbook;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/**
 * Describes in Vietnamese the nodes a reader passes that are not an agency's step: where a case starts (an
 * officer, a hand-over message, a date), what the system does by itself, what it waits for, and where it ends or
 * is handed over. Gateways are left to the diagram: their questions are on it and the list stays short.
 */
final class PassageDescriber {

  /** Message name → procedure folder whose start event receives it (a hand-over's destination). */
  private final Map<String, String> receivers;

  PassageDescriber(Map<String, String> receivers) {
    this.receivers = Map.copyOf(receivers);
  }

  Optional<Handbook.Entry> describe(FlowNode node, String scope, Optional<String> formTitle) {
    String name = HandbookBuilder.nameOf(node);
    String doc = Text.documentation(node);
    if (node instanceof Gateway) {
      return Optional.empty();
    }
    if (node instanceof SubProcess) {
      return passage(node, name, scope, "Quy trình con", doc);
    }
    if (node instanceof BusinessRuleTask) {
      return passage(node, name, scope, "Áp dụng bảng quyết định (tự động)", doc);
    }
    if (node instanceof Activity) {
      return passage(node, name, scope, "Bước tự động", doc);
    }
    if (!(node instanceof Event event)) {
      return Optional.empty();
    }
    String trigger = trigger(event);
    if (node instanceof StartEvent) {
      String detail = formTitle.map(t -> "Biểu mẫu: " + t).orElse(doc);
      return passage(node, name, scope, trigger.isEmpty() ? "Bắt đầu" : "Bắt đầu " + trigger, detail);
    }
    if (node instanceof BoundaryEvent b) {
      String kind = "Khi đang ở «" + HandbookBuilder.nameOf(b.getAttachedTo()) + "»"
          + (trigger.isEmpty() ? "" : " " + trigger) + (b.cancelActivity() ? "" : " (không dừng bước đang làm)");
      return passage(node, name, scope, kind, doc);
    }
    if (node instanceof IntermediateCatchEvent) {
      return passage(node, name, scope, "Chờ" + (trigger.isEmpty() ? "" : " " + trigger), doc);
    }
    if (node instanceof IntermediateThrowEvent || node instanceof EndEvent) {
      String sent = sent(event);
      String kind = node instanceof EndEvent ? "Kết thúc" : "Sự kiện";
      return passage(node, name, scope, sent.isEmpty() ? kind + trigger(event, "") : kind + " " + sent, doc);
    }
    return Optional.empty();
  }

  private static Optional<Handbook.Entry> passage(FlowNode node, String name, String scope, String kind,
      String detail) {
    return Optional.of(new Handbook.Passage(node.getId(), name, scope, kind, detail));
  }

  /** "khi nhận hồ sơ chuyển đến (tin nhắn `X`)", "theo thời hạn", …; empty for a plain event. */
  private static String trigger(Event event) {
    for (EventDefinition d : event.getChildElementsByType(EventDefinition.class)) {
      if (d instanceof MessageEventDefinition m && m.getMessage() != null) {
        return "khi nhận tin nhắn `" + m.getMessage().getName() + "`";
      }
      if (d instanceof TimerEventDefinition) {
        return "khi đến thời điểm hẹn";
      }
      if (d instanceof ErrorEventDefinition e && e.getError() != null) {
        return "khi có «" + Text.oneLine(e.getError().getName()) + "»";
      }
    }
    return "";
  }

  /** For an end event that raises an error: ", báo «…»" so the reader finds the boundary that catches it. */
  private static String trigger(Event event, String none) {
    for (ErrorEventDefinition e : event.getChildElementsByType(ErrorEventDefinition.class)) {
      if (e.getError() != null) {
        return " (báo «" + Text.oneLine(e.getError().getName()) + "»)";
      }
    }
    return none;
  }

  /** A message thrown by the model itself: its name and, when a model receives it, the procedure it goes to. */
  private String sent(Event event) {
    for (MessageEventDefinition m : event.getChildElementsByType(MessageEventDefinition.class)) {
      if (m.getMessage() != null) {
        String to = receivers.get(m.getMessage().getName());
        return "gửi tin nhắn `" + m.getMessage().getName() + "`" + (to == null ? "" : " sang thủ tục " + to);
      }
    }
    return "";
  }
}
