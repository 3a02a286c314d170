package vn.rehab.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Demo and test notifier: a log line instead of a mail (subject and body hold no personal data). */
public class LogNotifier implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(LogNotifier.class);

  @Override
  public void notifyGroup(String tenantId, String groupId, String subject, String body) {
    LOG.info("Notification to group {} of commune {}: {}", groupId, tenantId, subject);
  }
}
