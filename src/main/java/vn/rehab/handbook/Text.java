package vn.rehab.handbook;

import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;

/** Text from models as one readable line: Modeler wraps documentation and names over lines at will. */
final class Text {

  private Text() {}

  static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  /** All documentation of an element, joined. */
  static String documentation(BaseElement element) {
    return oneLine(element.getDocumentations().stream().map(Documentation::getTextContent)
        .collect(Collectors.joining(" ")));
  }
}
