package vn.rehab.escalation;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Mails the members of a role group who work for the commune (tenant) of the case. A mail that cannot be sent is
 * logged, not retried (the identity service is looked up lazily: the engine is built after its listeners): the task itself, its follow-up date and the supervisor's escalation task are the record;
 * the mail is only a nudge.
 */
public class MailNotifier implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

  private final JavaMailSender sender;
  private final Supplier<IdentityService> identityService;
  private final String from;

  public MailNotifier(JavaMailSender sender, Supplier<IdentityService> identityService, String from) {
    this.sender = sender;
    this.identityService = identityService;
    this.from = from;
  }

  @Override
  public void notifyGroup(String tenantId, String groupId, String subject, String body) {
    var query = identityService.get().createUserQuery().memberOfGroup(groupId);
    if (tenantId != null) {
      query = query.memberOfTenant(tenantId);
    }
    List<String> to = query.list().stream().map(User::getEmail).filter(e -> e != null && !e.isBlank()).toList();
    if (to.isEmpty()) {
      LOG.warn("No mail address in group {} of commune {}: notification not mailed", groupId, tenantId);
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.toArray(String[]::new));
    message.setSubject(subject);
    message.setText(body);
    try {
      sender.send(message);
      LOG.info("Mailed group {} of commune {} ({} recipients)", groupId, tenantId, to.size());
    } catch (MailException e) {
      LOG.warn("Mail to group {} of commune {} failed: {}", groupId, tenantId, e.getMessage());
    }
  }
}
