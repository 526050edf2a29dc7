package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/** Log messages and stack traces lose their credentials on the way to the console. */
class RedactingConvertersTests {

  private final LoggerContext context = new LoggerContext();

  @Test
  void messagesAreMasked() {
    LoggingEvent event =
        event(
            "cannot open {} with fs.s3a.secret.key={}",
            null,
            "s3a://AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI@bucket/x",
            "otherSecret99");

    String line = new RedactingMessageConverter().convert(event);

    assertThat(line).isEqualTo("cannot open s3a://***@bucket/x with fs.s3a.secret.key=***");
  }

  @Test
  void stackTracesAreMasked() {
    RedactingThrowableConverter converter = new RedactingThrowableConverter();
    converter.setContext(context);
    converter.start();
    LoggingEvent event =
        event(
            "failed",
            new IllegalStateException(
                "cannot connect to jdbc:postgresql://batch:hunter2@db:5432/batch?password=hunter2"));

    String trace = converter.convert(event);

    assertThat(trace)
        .contains("IllegalStateException", "jdbc:postgresql://***@db:5432/batch?password=***")
        .doesNotContain("hunter2");
  }

  private LoggingEvent event(String message, Throwable error, Object... args) {
    return new LoggingEvent(
        RedactingConvertersTests.class.getName(),
        context.getLogger("test"),
        Level.ERROR,
        message,
        error,
        args);
  }
}
