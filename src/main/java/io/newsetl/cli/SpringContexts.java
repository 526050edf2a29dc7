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

  /**
   * Starts the context for a command that runs the pipeline: the pipeline's resources load on a
   * background thread while the context starts.
   */
  static ConfigurableApplicationContext start(
      List<String> settings, Map<String, Object> overrides) {
    PipelineResourcesStarter resources = new PipelineResourcesStarter();
    return builder()
        .listeners(resources)
        .initializers(resources)
        .run(arguments(settings, overrides));
  }

  /** Starts the context for a command that only reads the job repository. */
  static ConfigurableApplicationContext startWithoutPipeline(List<String> settings) {
    return builder().run(arguments(settings, Map.of()));
  }

  private static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(NewsEtlApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false);
  }

  private static String[] arguments(List<String> settings, Map<String, Object> overrides) {
    List<String> args = new ArrayList<>(settings);
    overrides.forEach((key, value) -> args.add("--" + key + "=" + value));
    return args.toArray(String[]::new);
  }
}
