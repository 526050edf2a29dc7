package io.newsetl.jobs;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wiring of what keeps runs apart: the run lock in the job repository's database. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

  @Bean
  RunLock runLock(JdbcTemplate jdbc, @Value("${news-etl.lock-timeout:2m}") Duration timeout) {
    return new RunLock(jdbc, Clock.systemUTC(), timeout);
  }
}
