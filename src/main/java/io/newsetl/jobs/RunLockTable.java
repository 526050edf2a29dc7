package io.newsetl.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL of {@link RunLock}: portable statements that H2 and PostgreSQL both accept. */
final class RunLockTable {

  private static final String COLUMNS =
      "OUTPUT_LOCATION, RUN_DATE, OWNER_ID, HOST, PID, PROCESS_START, ACQUIRED_AT, HEARTBEAT_AT";

  private RunLockTable() {}

  /** Creates the table unless it exists; another process creating it at the same time is fine. */
  static void create(JdbcTemplate jdbc) {
    try {
      jdbc.execute(
          "CREATE TABLE IF NOT EXISTS "
              + RunLock.TABLE
              + " ("
              + "LOCK_KEY VARCHAR(64) NOT NULL PRIMARY KEY, OUTPUT_LOCATION VARCHAR(4000) NOT NULL, "
              + "RUN_DATE VARCHAR(16) NOT NULL, OWNER_ID VARCHAR(64) NOT NULL, HOST VARCHAR(255) NOT NULL, "
              + "PID BIGINT NOT NULL, PROCESS_START BIGINT NOT NULL, ACQUIRED_AT BIGINT NOT NULL, "
              + "HEARTBEAT_AT BIGINT NOT NULL)");
    } catch (DataAccessException raced) {
      // PostgreSQL can report a concurrent CREATE TABLE IF NOT EXISTS as a conflict
      jdbc.queryForObject("SELECT COUNT(*) FROM " + RunLock.TABLE, Long.class);
    }
  }

  static void insert(JdbcTemplate jdbc, String output, String date, RunOwner owner, Instant now) {
    jdbc.update(
        "INSERT INTO "
            + RunLock.TABLE
            + " (LOCK_KEY, "
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        key(output, date),
        output,
        date,
        owner.id(),
        owner.host(),
        owner.pid(),
        owner.processStart(),
        now.toEpochMilli(),
        now.toEpochMilli());
  }

  static Optional<LockRow> find(JdbcTemplate jdbc, String output, String date) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM " + RunLock.TABLE + " WHERE LOCK_KEY = ?",
            RunLockTable::row,
            key(output, date))
        .stream()
        .findFirst();
  }

  static List<LockRow> ofOutput(JdbcTemplate jdbc, String output) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM " + RunLock.TABLE + " WHERE OUTPUT_LOCATION = ?",
        RunLockTable::row,
        output);
  }

  static List<LockRow> all(JdbcTemplate jdbc) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM " + RunLock.TABLE + " ORDER BY ACQUIRED_AT",
        RunLockTable::row);
  }

  static void beat(JdbcTemplate jdbc, String output, String date, String ownerId, Instant now) {
    jdbc.update(
        "UPDATE " + RunLock.TABLE + " SET HEARTBEAT_AT = ? WHERE LOCK_KEY = ? AND OWNER_ID = ?",
        now.toEpochMilli(),
        key(output, date),
        ownerId);
  }

  /**
   * Deletes the lock only while {@code ownerId} holds it, so a late release never frees another's.
   */
  static void delete(JdbcTemplate jdbc, String output, String date, String ownerId) {
    jdbc.update(
        "DELETE FROM " + RunLock.TABLE + " WHERE LOCK_KEY = ? AND OWNER_ID = ?",
        key(output, date),
        ownerId);
  }

  private static LockRow row(ResultSet rs, int index) throws SQLException {
    RunOwner owner =
        new RunOwner(
            rs.getString("OWNER_ID"),
            rs.getString("HOST"),
            rs.getLong("PID"),
            rs.getLong("PROCESS_START"));
    return new LockRow(
        rs.getString("OUTPUT_LOCATION"),
        rs.getString("RUN_DATE"),
        owner,
        Instant.ofEpochMilli(rs.getLong("ACQUIRED_AT")),
        Instant.ofEpochMilli(rs.getLong("HEARTBEAT_AT")));
  }

  /** A fixed-length key for any output location. */
  static String key(String output, String date) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((output + "\n" + date).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
