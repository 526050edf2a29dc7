package io.newsetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest command with input and output on HDFS (an in-process cluster): the same dataset as on
 * the local disk.
 */
class HdfsIngestFunctionalTests {

  @TempDir static Path work;
  private static MiniDFSCluster cluster;
  private static FileSystem hdfs;

  @BeforeAll
  static void startCluster() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, work.resolve("dfs").toString());
    cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
    hdfs = cluster.getFileSystem();
    hdfs.copyFromLocalFile(
        new org.apache.hadoop.fs.Path(new File("sample-input").getAbsolutePath()),
        new org.apache.hadoop.fs.Path("/archive/in"));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  @Test
  void readsAndWritesHdfsUris() throws Exception {
    String root = "hdfs://localhost:" + cluster.getNameNodePort();

    int status =
        NewsEtl.execute(
            "ingest",
            "--input",
            root + "/archive/in",
            "--output",
            root + "/archive/out",
            "--news-etl.home=" + work.resolve("home"));

    assertThat(status).isZero();
    assertThat(
            hdfs.exists(
                new org.apache.hadoop.fs.Path(
                    "/archive/out/articles/archive_date=2023-07-13/_SUCCESS")))
        .isTrue();
    Path local = work.resolve("copy");
    hdfs.copyToLocalFile(
        new org.apache.hadoop.fs.Path("/archive/out/articles"),
        new org.apache.hadoop.fs.Path(local.toUri()));
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement();
        ResultSet rs =
            sql.executeQuery(
                "SELECT count(*), count(DISTINCT lang), min(source_uri) FROM read_parquet('"
                    + local
                    + "/**/*.parquet', hive_partitioning=true)")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(20);
      assertThat(rs.getLong(2)).isEqualTo(7);
      assertThat(rs.getString(3)).startsWith(root + "/archive/in/");
    }
  }
}
