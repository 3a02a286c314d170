package vn.rehab.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.rehab.escalation.Notifier;

/** Keeps every notification a test caused, so the test can assert who was told what. */
public class RecordingNotifier implements Notifier {

  public record Sent(String tenantId, String groupId, String subject, String body) {}

  private final List<Sent> sent = new CopyOnWriteArrayList<>();

  @Override
  public void notifyGroup(String tenantId, String groupId, String subject, String body) {
    sent.add(new Sent(tenantId, groupId, subject, body));
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  public void clear() {
    sent.clear();
  }
}
