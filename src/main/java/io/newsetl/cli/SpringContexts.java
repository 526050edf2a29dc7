package io.newsetl.cli;

import io.newsetl.NewsEtlApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the batch application context for commands that run jobs. */
final class SpringContexts {

  private SpringContexts() {}

  static ConfigurableApplicationContext start(
      List<String> settings, Map<String, Object> overrides) {
    List<String> args = new ArrayList<>(settings);
    overrides.forEach((key, value) -> args.add("--" + key + "=" + value));
    return new SpringApplicationBuilder(NewsEtlApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .run(args.toArray(String[]::new));
  }
}
