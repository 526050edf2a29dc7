package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded job repository, opened with the URL the application ships, keeps every committed
 * transaction when its process is killed right after the commit: a crashed run must find the steps
 * it completed.
 */
class JobRepositoryDurabilityFunctionalTests {

  private static final int COMMITS = 5;

  @TempDir Path home;

  @Test
  void commitsSurviveAProcessHaltedRightAfterThem() throws Exception {
    String url = shippedUrl(home);
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HaltAfterCommits.class.getName(),
                url)
            .redirectErrorStream(true)
            .start();
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String output = new String(child.getInputStream().readAllBytes());
    assertThat(child.exitValue()).as(output).isEqualTo(HaltAfterCommits.HALTED);

    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM step")) {
      count.next();
      assertThat(count.getInt(1)).isEqualTo(COMMITS);
    }
  }

  /** {@code spring.datasource.url} of the shipped application.yml for a given home folder. */
  private static String shippedUrl(Path home) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yml"));
    String url = yaml.getObject().getProperty("spring.datasource.url");
    assertThat(url).contains("${news-etl.home}");
    return url.replace("${news-etl.home}", home.toString());
  }

  /** Commits a few rows one by one, then halts the JVM at once: no shutdown hook, no close. */
  static final class HaltAfterCommits {

    static final int HALTED = 42;

    public static void main(String[] args) throws SQLException {
      Connection connection = DriverManager.getConnection(args[0], "sa", "");
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE step (id INT PRIMARY KEY)");
      }
      connection.setAutoCommit(false);
      for (int id : List.of(1, 2, 3, 4, 5)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("INSERT INTO step VALUES (" + id + ")");
        }
        connection.commit();
      }
      Runtime.getRuntime().halt(HALTED);
    }

    private HaltAfterCommits() {}
  }
}
