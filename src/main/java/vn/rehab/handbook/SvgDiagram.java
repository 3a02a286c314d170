package vn.rehab.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a model's diagram as SVG from its BPMN DI coordinates, as Modeler lays it out: tasks as rounded
 * rectangles with their names wrapped, events as circles (thin: start, thick: end, double: intermediate), gateways
 * as diamonds, sequence flows as polylines with arrowheads, sub-processes and pools as frames. Deliberately small:
 * a reader needs the shape of the flow and the Vietnamese names, not every BPMN marker. Shapes are drawn in
 * document order and numbers printed without locale, so the output is the same on every machine.
 */
final class SvgDiagram {

  private static final double MARGIN = 20;
  private static final double FONT = 12;
  /** Average advance of a character at {@link #FONT}, generous for Vietnamese diacritics; used to wrap names. */
  private static final double CHAR_WIDTH = 6.4;

  private final StringBuilder shapes = new StringBuilder();
  private final StringBuilder frames = new StringBuilder();
  private final StringBuilder edges = new StringBuilder();
  private final StringBuilder labels = new StringBuilder();
  private double minX = Double.MAX_VALUE;
  private double minY = Double.MAX_VALUE;
  private double maxX = -Double.MAX_VALUE;
  private double maxY = -Double.MAX_VALUE;

  private SvgDiagram() {}

  static String render(BpmnModelInstance model, String title) {
    SvgDiagram svg = new SvgDiagram();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      svg.shape(shape);
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      svg.edge(edge);
    }
    return svg.document(title);
  }

  private String document(String title) {
    if (minX > maxX) {
      minX = minY = maxX = maxY = 0;
    }
    double x = minX - MARGIN;
    double y = minY - MARGIN;
    double w = maxX - minX + 2 * MARGIN;
    double h = maxY - minY + 2 * MARGIN;
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + n(x) + " " + n(y) + " " + n(w) + " " + n(h)
        + "\" width=\"" + n(w) + "\" height=\"" + n(h) + "\" font-family=\"Arial, 'DejaVu Sans', sans-serif\" "
        + "font-size=\"" + n(FONT) + "\">\n"
        + "<title>" + esc(title) + "</title>\n"
        + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
        + "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>\n"
        + "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h)
        + "\" fill=\"#ffffff\"/>\n"
        + frames + edges + shapes + labels + "</svg>\n";
  }

  private void shape(BpmnShape shape) {
    BaseElement element = shape.getBpmnElement();
    Bounds b = shape.getBounds();
    if (element == null || b == null) {
      return;
    }
    double x = b.getX();
    double y = b.getY();
    double w = b.getWidth();
    double h = b.getHeight();
    extend(x, y, x + w, y + h);
    String name = HandbookBuilder.nameOf(element);
    boolean hasName = element.getAttributeValue("name") != null && !element.getAttributeValue("name").isBlank();
    if (element instanceof SubProcess || element instanceof Participant) {
      boolean dashed = element instanceof SubProcess s && s.triggeredByEvent();
      frames.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
          .append("\" height=\"").append(n(h)).append("\" rx=\"10\" fill=\"#fafafa\" stroke=\"#555\" "
              + "stroke-width=\"1.5\"").append(dashed ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
      text(frames, hasName ? name : "", x + 8, y + 6, w - 16, "start", true);
    } else if (element instanceof Activity) {
      String fill = element instanceof UserTask ? "#fff7d6" : element instanceof CallActivity ? "#efe8fb" : "#e8f0fb";
      double stroke = element instanceof CallActivity ? 3 : 1.5;
      shapes.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
          .append("\" height=\"").append(n(h)).append("\" rx=\"10\" fill=\"").append(fill)
          .append("\" stroke=\"#333\" stroke-width=\"").append(n(stroke)).append("\"/>\n");
      List<String> lines = wrap(name, w - 10);
      double top = y + h / 2 - lines.size() * (FONT + 2) / 2;
      textLines(labels, lines, x + w / 2, top, "middle", false);
    } else if (element instanceof Event event) {
      event(event, x, y, w, h);
      externalLabel(shape, hasName ? name : "", x, y, w, h);
    } else if (element instanceof Gateway gateway) {
      gateway(gateway, x, y, w, h);
      externalLabel(shape, hasName ? name : "", x, y, w, h);
    }
  }

  private void event(Event event, double x, double y, double w, double h) {
    double cx = x + w / 2;
    double cy = y + h / 2;
    double r = w / 2;
    double stroke = event instanceof EndEvent ? 3.5 : 1.5;
    String fill = event instanceof StartEvent ? "#eaf7ea" : event instanceof EndEvent ? "#fbeaea" : "#ffffff";
    shapes.append(circle(cx, cy, r, fill, stroke));
    if (!(event instanceof StartEvent) && !(event instanceof EndEvent)) {
      String dash = event instanceof BoundaryEvent be && !be.cancelActivity() ? " stroke-dasharray=\"3 2\"" : "";
      shapes.append(circle(cx, cy, r - 3, "none", 1).replace("/>", dash + "/>"));
    }
    if (!event.getChildElementsByType(MessageEventDefinition.class).isEmpty()) {
      double ew = r * 0.9;
      double eh = r * 0.6;
      shapes.append("<rect x=\"").append(n(cx - ew / 2)).append("\" y=\"").append(n(cy - eh / 2))
          .append("\" width=\"").append(n(ew)).append("\" height=\"").append(n(eh))
          .append("\" fill=\"none\" stroke=\"#333\"/>\n<polyline points=\"").append(n(cx - ew / 2)).append(',')
          .append(n(cy - eh / 2)).append(' ').append(n(cx)).append(',').append(n(cy)).append(' ')
          .append(n(cx + ew / 2)).append(',').append(n(cy - eh / 2)).append("\" fill=\"none\" stroke=\"#333\"/>\n");
    } else if (!event.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
      shapes.append(circle(cx, cy, r * 0.55, "none", 1));
      shapes.append("<polyline points=\"").append(n(cx)).append(',').append(n(cy - r * 0.4)).append(' ')
          .append(n(cx)).append(',').append(n(cy)).append(' ').append(n(cx + r * 0.3)).append(',').append(n(cy))
          .append("\" fill=\"none\" stroke=\"#333\"/>\n");
    }
  }

  private void gateway(Gateway gateway, double x, double y, double w, double h) {
    double cx = x + w / 2;
    double cy = y + h / 2;
    shapes.append("<polygon points=\"").append(n(cx)).append(',').append(n(y)).append(' ').append(n(x + w))
        .append(',').append(n(cy)).append(' ').append(n(cx)).append(',').append(n(y + h)).append(' ').append(n(x))
        .append(',').append(n(cy)).append("\" fill=\"#fffbe8\" stroke=\"#333\" stroke-width=\"1.5\"/>\n");
    double d = w * 0.2;
    if (gateway instanceof ParallelGateway) {
      shapes.append(line(cx, cy - d, cx, cy + d)).append(line(cx - d, cy, cx + d, cy));
    } else if (gateway instanceof EventBasedGateway || gateway instanceof InclusiveGateway) {
      shapes.append(circle(cx, cy, d, "none", 1.5));
    } else {
      shapes.append(line(cx - d, cy - d, cx + d, cy + d)).append(line(cx - d, cy + d, cx + d, cy - d));
    }
  }

  private void externalLabel(BpmnShape shape, String name, double x, double y, double w, double h) {
    if (name.isEmpty()) {
      return;
    }
    Bounds lb = shape.getBpmnLabel() == null ? null : shape.getBpmnLabel().getBounds();
    if (lb != null) {
      double width = Math.max(lb.getWidth(), 90);
      List<String> lines = wrap(name, width);
      textLines(labels, lines, lb.getX() + lb.getWidth() / 2, lb.getY(), "middle", false);
      extend(lb.getX() + lb.getWidth() / 2 - width / 2, lb.getY(), lb.getX() + lb.getWidth() / 2 + width / 2,
          lb.getY() + lines.size() * (FONT + 2));
    } else {
      List<String> lines = wrap(name, 100);
      textLines(labels, lines, x + w / 2, y + h + 4, "middle", false);
      extend(x + w / 2 - 50, y + h, x + w / 2 + 50, y + h + 4 + lines.size() * (FONT + 2));
    }
  }

  private void edge(BpmnEdge edge) {
    List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
    if (points.size() < 2) {
      return;
    }
    StringBuilder pts = new StringBuilder();
    for (Waypoint p : points) {
      extend(p.getX(), p.getY(), p.getX(), p.getY());
      pts.append(pts.length() == 0 ? "" : " ").append(n(p.getX())).append(',').append(n(p.getY()));
    }
    edges.append("<polyline points=\"").append(pts).append("\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.3\" "
        + "marker-end=\"url(#arrow)\"/>\n");
    BaseElement flow = edge.getBpmnElement();
    String name = flow == null ? null : flow.getAttributeValue("name");
    if (name == null || name.isBlank()) {
      return;
    }
    Bounds lb = edge.getBpmnLabel() == null ? null : edge.getBpmnLabel().getBounds();
    List<String> lines = wrap(Text.oneLine(name), lb == null ? 110 : Math.max(lb.getWidth(), 80));
    if (lb != null) {
      textLines(labels, lines, lb.getX(), lb.getY(), "start", false);
      extend(lb.getX(), lb.getY(), lb.getX() + Math.max(lb.getWidth(), 80), lb.getY() + lines.size() * (FONT + 2));
    } else {
      Waypoint a = points.get(0);
      Waypoint b = points.get(1);
      textLines(labels, lines, (a.getX() + b.getX()) / 2 + 4, (a.getY() + b.getY()) / 2 + 2, "start", false);
    }
  }

  private static void text(StringBuilder out, String text, double x, double y, double width, String anchor,
      boolean bold) {
    if (!text.isEmpty()) {
      textLines(out, wrap(text, width), x, y, anchor, bold);
    }
  }

  /** Lines of text whose first baseline is one font height below {@code top}. */
  private static void textLines(StringBuilder out, List<String> lines, double x, double top, String anchor,
      boolean bold) {
    for (int i = 0; i < lines.size(); i++) {
      out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(top + FONT + i * (FONT + 2)))
          .append("\" text-anchor=\"").append(anchor).append('"').append(bold ? " font-weight=\"bold\"" : "")
          .append(" fill=\"#111\">").append(esc(lines.get(i))).append("</text>\n");
    }
  }

  /** Greedy word wrap to an estimated width; a word longer than a line stands alone. */
  static List<String> wrap(String text, double width) {
    int perLine = Math.max(4, (int) (width / CHAR_WIDTH));
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > perLine) {
        lines.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() == 0 ? "" : " ").append(word);
    }
    if (current.length() > 0) {
      lines.add(current.toString());
    }
    return lines;
  }

  private static String circle(double cx, double cy, double r, String fill, double stroke) {
    return "<circle cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(r) + "\" fill=\"" + fill
        + "\" stroke=\"#333\" stroke-width=\"" + n(stroke) + "\"/>\n";
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2)
        + "\" stroke=\"#333\" stroke-width=\"2\"/>\n";
  }

  private void extend(double x1, double y1, double x2, double y2) {
    minX = Math.min(minX, x1);
    minY = Math.min(minY, y1);
    maxX = Math.max(maxX, x2);
    maxY = Math.max(maxY, y2);
  }

  /** Numbers without locale and without needless decimals: "120", "120.5". */
  static String n(double v) {
    double rounded = Math.round(v * 10) / 10.0;
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
