package io.newsetl.cli;

import io.newsetl.jobs.PipelineResources;
import java.util.Objects;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Starts loading the {@link PipelineResources} as early as it is safe, right after Spring Boot has
 * configured logging (the libraries log while they load, and logging calls before that would be
 * replayed with a warning), and hands them to the application context as a bean. One instance per
 * application start.
 */
final class PipelineResourcesStarter
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent>,
        ApplicationContextInitializer<ConfigurableApplicationContext>,
        Ordered {

  private PipelineResources resources;

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    if (resources == null) {
      resources = PipelineResources.startLoading();
    }
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context
        .getBeanFactory()
        .registerSingleton(
            "pipelineResources",
            Objects.requireNonNull(resources, "the environment was not prepared"));
  }

  @Override
  public int getOrder() {
    return LoggingApplicationListener.DEFAULT_ORDER + 1;
  }
}
