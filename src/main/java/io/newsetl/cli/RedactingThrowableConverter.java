package io.newsetl.cli;

import ch.qos.logback.classic.spi.IThrowableProxy;
import io.newsetl.write.Redaction;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Stack traces in the log ({@code %wEx}) with credentials masked in exception messages, like {@link
 * RedactingMessageConverter}.
 */
public final class RedactingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return Redaction.text(super.throwableProxyToString(proxy));
  }
}
