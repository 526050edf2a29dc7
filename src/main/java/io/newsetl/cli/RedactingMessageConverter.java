package io.newsetl.cli;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.newsetl.write.Redaction;

/**
 * The log message ({@code %m}) with credentials masked: {@code user:password@} in URIs and {@code
 * password=}, {@code secret=}, {@code fs.s3a.*key=} style settings. Used by {@code
 * logback-spring.xml}.
 */
public final class RedactingMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return Redaction.text(super.convert(event));
  }
}
