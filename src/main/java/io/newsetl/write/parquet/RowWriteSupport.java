package io.newsetl.write.parquet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;

/**
 * A {@link WriteSupport} for a flat schema of strings, numbers, timestamps and lists of strings,
 * that writes the footer metadata every file of the dataset carries. Subclasses name the fields of
 * one row; field positions come from the schema. Not thread-safe: one instance per file.
 */
abstract class RowWriteSupport<T> extends WriteSupport<T> {

  static final String SCHEMA_VERSION_KEY = "news_etl.schema_version";
  static final String PIPELINE_VERSION_KEY = "news_etl.pipeline_version";
  static final String RUN_ID_KEY = "news_etl.run_id";

  private final MessageType schema;
  private final Set<String> distinctColumns;
  private final Map<String, String> footer;
  private RecordConsumer consumer;

  /**
   * @param distinctColumns columns whose values seldom repeat, written without a dictionary, which
   *     would only cost time there
   */
  RowWriteSupport(
      MessageType schema,
      Set<String> distinctColumns,
      String schemaVersion,
      WriteSettings settings) {
    this.schema = schema;
    this.distinctColumns = Set.copyOf(distinctColumns);
    this.footer =
        Map.of(
            SCHEMA_VERSION_KEY, schemaVersion,
            PIPELINE_VERSION_KEY, settings.pipelineVersion(),
            RUN_ID_KEY, settings.runId());
  }

  @Override
  @SuppressWarnings("deprecation") // the abstract method to implement; newer overloads call it
  public final WriteContext init(Configuration configuration) {
    return new WriteContext(schema, footer);
  }

  Set<String> distinctColumns() {
    return distinctColumns;
  }

  @Override
  public final void prepareForWrite(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  @Override
  public final void write(T row) {
    consumer.startMessage();
    writeFields(row);
    consumer.endMessage();
  }

  /** Writes every field of the row through the methods below. */
  abstract void writeFields(T row);

  final void string(String name, String value) {
    start(name);
    consumer.addBinary(utf8(value));
    end(name);
  }

  final void optionalString(String name, Optional<String> value) {
    value.ifPresent(present -> string(name, present));
  }

  final void int32(String name, int value) {
    start(name);
    consumer.addInteger(value);
    end(name);
  }

  final void int64(String name, long value) {
    start(name);
    consumer.addLong(value);
    end(name);
  }

  final void float64(String name, double value) {
    start(name);
    consumer.addDouble(value);
    end(name);
  }

  final void timestamp(String name, Instant value) {
    int64(name, Timestamps.toMicros(value));
  }

  final void optionalTimestamp(String name, Optional<Instant> value) {
    value.ifPresent(present -> timestamp(name, present));
  }

  /** A list of strings in the three-level LIST layout: {@code name.list.element}. */
  final void stringList(String name, List<String> values) {
    start(name);
    consumer.startGroup();
    if (!values.isEmpty()) {
      consumer.startField("list", 0);
      for (String value : values) {
        consumer.startGroup();
        consumer.startField("element", 0);
        consumer.addBinary(utf8(value));
        consumer.endField("element", 0);
        consumer.endGroup();
      }
      consumer.endField("list", 0);
    }
    consumer.endGroup();
    end(name);
  }

  /**
   * A list of structs in the three-level LIST layout. Each element gives one value per field of the
   * struct, in schema order: a {@code String}, {@code Integer}, {@code Long} or {@code Double}, or
   * {@code null} / an empty {@code Optional} for a missing optional field.
   */
  final void structList(String name, List<List<Object>> elements) {
    GroupType element =
        schema.getType(name).asGroupType().getType(0).asGroupType().getType(0).asGroupType();
    start(name);
    consumer.startGroup();
    if (!elements.isEmpty()) {
      consumer.startField("list", 0);
      for (List<Object> fields : elements) {
        consumer.startGroup();
        consumer.startField("element", 0);
        consumer.startGroup();
        for (int i = 0; i < fields.size(); i++) {
          structField(element.getFieldName(i), i, fields.get(i));
        }
        consumer.endGroup();
        consumer.endField("element", 0);
        consumer.endGroup();
      }
      consumer.endField("list", 0);
    }
    consumer.endGroup();
    end(name);
  }

  private void structField(String field, int index, Object value) {
    Object present = value instanceof Optional<?> optional ? optional.orElse(null) : value;
    if (present == null) {
      return;
    }
    consumer.startField(field, index);
    if (present instanceof String text) {
      consumer.addBinary(utf8(text));
    } else if (present instanceof Integer number) {
      consumer.addInteger(number);
    } else if (present instanceof Long number) {
      consumer.addLong(number);
    } else if (present instanceof Double number) {
      consumer.addDouble(number);
    } else {
      throw new IllegalArgumentException("unsupported struct value: " + present.getClass());
    }
    consumer.endField(field, index);
  }

  private void start(String name) {
    consumer.startField(name, schema.getFieldIndex(name));
  }

  private void end(String name) {
    consumer.endField(name, schema.getFieldIndex(name));
  }

  private static Binary utf8(String value) {
    return Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
  }
}
