package org.sujarit.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class MailerTest {

  @Test
  void withoutAMailServerNothingIsSentAndNothingFails() {
    Mailer none = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class));
    assertThat(none.configured()).isFalse();
    assertThat(none.send("a@example.org", "b@example.org", "เรื่อง", "ข้อความ", e -> { throw new AssertionError(e); })).isFalse();
  }

  @Test
  void sendsThePlainThaiMailAndHandsARefusalToTheCaller() {
    JavaMailSender sender = mock(JavaMailSender.class);
    Mailer mailer = new Mailer(new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class));
    assertThat(mailer.configured()).isTrue();
    assertThat(mailer.send("sujarit@example.org", "finance@example.org", "แจ้งเตือนรายงานผล", "เรียน กองคลัง", e -> {})).isTrue();
    ArgumentCaptor<SimpleMailMessage> m = ArgumentCaptor.forClass(SimpleMailMessage.class);
    verify(sender).send(m.capture());
    assertThat(m.getValue().getFrom()).isEqualTo("sujarit@example.org");
    assertThat(m.getValue().getTo()).containsExactly("finance@example.org");
    assertThat(m.getValue().getSubject()).isEqualTo("แจ้งเตือนรายงานผล");
    assertThat(m.getValue().getText()).isEqualTo("เรียน กองคลัง");

    doThrow(new MailSendException("refused")).when(sender).send(any(SimpleMailMessage.class));
    List<MailException> refused = new ArrayList<>();
    assertThat(mailer.send("sujarit@example.org", "x@example.org", "s", "b", refused::add)).isFalse();
    assertThat(refused).singleElement().extracting(Throwable::getMessage).isEqualTo("refused");
  }
}
