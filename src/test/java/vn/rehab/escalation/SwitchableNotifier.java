package vn.rehab.escalation;

import vn.rehab.testing.RecordingNotifier;

/**
 * The notifier a test engine is built with: records every notification, and passes it on to a second notifier a
 * test may plug in (a mail notifier, or one that fails).
 */
final class SwitchableNotifier extends RecordingNotifier {

  private volatile Notifier next;

  void passTo(Notifier notifier) {
    this.next = notifier;
  }

  @Override
  public void notifyGroup(String tenantId, String groupId, String subject, String body) {
    super.notifyGroup(tenantId, groupId, subject, body);
    Notifier target = next;
    if (target != null) {
      target.notifyGroup(tenantId, groupId, subject, body);
    }
  }
}
