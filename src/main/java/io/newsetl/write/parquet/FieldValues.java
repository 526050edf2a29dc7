package io.newsetl.write.parquet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.schema.MessageType;

/** The values of one row read from a file, by column name, as plain Java values. */
final class FieldValues {

  private final MessageType schema;
  private final Object[] values;

  FieldValues(MessageType schema, Object[] values) {
    this.schema = schema;
    this.values = values;
  }

  String string(String name) {
    return (String) required(name);
  }

  Optional<String> optionalString(String name) {
    return Optional.ofNullable((String) value(name));
  }

  int int32(String name) {
    return (Integer) required(name);
  }

  long int64(String name) {
    return (Long) required(name);
  }

  double float64(String name) {
    return (Double) required(name);
  }

  Instant timestamp(String name) {
    return Timestamps.fromMicros(int64(name));
  }

  Optional<Instant> optionalTimestamp(String name) {
    return Optional.ofNullable((Long) value(name)).map(Timestamps::fromMicros);
  }

  @SuppressWarnings("unchecked")
  List<String> strings(String name) {
    return (List<String>) required(name);
  }

  /** A list-of-structs column: one array of field values (in schema order) per element. */
  @SuppressWarnings("unchecked")
  List<Object[]> structs(String name) {
    return (List<Object[]>) required(name);
  }

  /**
   * A list-of-structs column that files of an earlier schema version lack ({@code title_entities}
   * before version 3): empty where the file has no such column.
   */
  @SuppressWarnings("unchecked")
  List<Object[]> structsSince(String name) {
    Object value = value(name);
    return value == null ? List.of() : (List<Object[]>) value;
  }

  private Object value(String name) {
    return values[schema.getFieldIndex(name)];
  }

  private Object required(String name) {
    Object value = value(name);
    if (value == null) {
      throw new IllegalStateException("required column without a value: " + name);
    }
    return value;
  }
}
