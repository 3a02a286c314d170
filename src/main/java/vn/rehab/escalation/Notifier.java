package vn.rehab.escalation;

/**
 * Tells the members of a role group in one commune that something needs them. Implementations must send no
 * personal data: callers pass the case number and the step only.
 */
public interface Notifier {

  void notifyGroup(String tenantId, String groupId, String subject, String body);
}
