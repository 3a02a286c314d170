package vn.rehab.escalation;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import vn.rehab.calendar.WorkingDayCalendar;
import vn.rehab.forms.FormCompletionCheck;

@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

  @Bean
  EscalationSettings escalationSettings(@Value("${rehab.escalation.reminder-lead-working-days:1}") int leadDays,
      @Value("${rehab.escalation.reminder-lead-hours:4}") int leadHours,
      @Value("${rehab.escalation.reminder-hour-of-day:8}") int hourOfDay) {
    return new EscalationSettings(leadDays, leadHours, hourOfDay);
  }

  @Bean
  EscalationTimes escalationTimes(WorkingDayCalendar calendar, EscalationSettings settings) {
    return new EscalationTimes(calendar, settings);
  }

  /** Mail where an SMTP server is configured ({@code spring.mail.host}); a log line otherwise (demo). */
  @Bean
  Notifier notifier(ObjectProvider<JavaMailSender> mail, ObjectProvider<IdentityService> identityService,
      @Value("${rehab.mail.from:khong-tra-loi@cainghien.local}") String from) {
    JavaMailSender sender = mail.getIfAvailable();
    return sender == null ? new LogNotifier() : new MailNotifier(sender, identityService::getObject, from);
  }

  @Bean
  EscalationParseListener escalationParseListener(EscalationTimes times, Notifier notifier,
      FormCompletionCheck completionCheck) {
    return new EscalationParseListener(new FollowUpDateListener(times), new ReminderListener(notifier),
        new EscalationListener(notifier), completionCheck);
  }
}
