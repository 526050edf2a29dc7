package io.newsetl.write.parquet;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/** The column types the dataset's schemas are made of. */
final class Columns {

  private static final LogicalTypeAnnotation UTC_MICROS = timestampType(true, TimeUnit.MICROS);

  private Columns() {}

  /** UTF-8 string. */
  static Type requiredString(String name) {
    return Types.required(BINARY).as(stringType()).named(name);
  }

  static Type optionalString(String name) {
    return Types.optional(BINARY).as(stringType()).named(name);
  }

  static Type requiredInt32(String name) {
    return Types.required(INT32).named(name);
  }

  static Type requiredInt64(String name) {
    return Types.required(INT64).named(name);
  }

  static Type requiredDouble(String name) {
    return Types.required(DOUBLE).named(name);
  }

  /** INT64 TIMESTAMP(MICROS, adjusted to UTC). */
  static Type requiredTimestamp(String name) {
    return Types.required(INT64).as(UTC_MICROS).named(name);
  }

  static Type optionalTimestamp(String name) {
    return Types.optional(INT64).as(UTC_MICROS).named(name);
  }

  static Type optionalInt32(String name) {
    return Types.optional(INT32).named(name);
  }

  /**
   * A list of structs in the three-level LIST layout ({@code name.list.element}), neither list nor
   * elements null; the struct's fields are the given columns.
   */
  static Type requiredStructList(String name, Type... fields) {
    GroupType element = new GroupType(Type.Repetition.REQUIRED, "element", fields);
    GroupType list = new GroupType(Type.Repetition.REPEATED, "list", element);
    return Types.buildGroup(Type.Repetition.REQUIRED)
        .as(LogicalTypeAnnotation.listType())
        .addField(list)
        .named(name);
  }

  /** A list of UTF-8 strings in the three-level LIST layout, neither list nor elements null. */
  static Type requiredStringList(String name) {
    return Types.requiredList().requiredElement(BINARY).as(stringType()).named(name);
  }
}
