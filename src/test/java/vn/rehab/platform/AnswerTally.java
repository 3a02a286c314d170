package vn.rehab.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the answers of a suite of requests by status class and keeps what went wrong, so that the suite runs to
 * its end, writes its figures, and then fails with every problem listed at once.
 */
final class AnswerTally {

  private int requests;
  private int success;
  private int clientErrors;
  private int serverErrors;
  private final List<String> problems = new ArrayList<>();

  synchronized void answered(int status) {
    requests++;
    if (status >= 500) {
      serverErrors++;
    } else if (status >= 400) {
      clientErrors++;
    } else if (status >= 200 && status < 300) {
      success++;
    }
  }

  synchronized void problem(String what) {
    problems.add(what);
  }

  synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  synchronized Map<String, Object> figures() {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("requests", requests);
    figures.put("answers2xx", success);
    figures.put("answers4xx", clientErrors);
    figures.put("answers5xx", serverErrors);
    figures.put("problems", problems.size());
    return figures;
  }
}
