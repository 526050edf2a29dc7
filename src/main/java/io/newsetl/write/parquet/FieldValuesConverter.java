package io.newsetl.write.parquet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Collects one row of a flat schema into {@link FieldValues}: strings (UTF-8), INT32, INT64 and
 * DOUBLE columns, and lists of strings in the three-level LIST layout. Not thread-safe.
 */
final class FieldValuesConverter extends GroupConverter {

  private final MessageType schema;
  private final Converter[] children;
  private Object[] values;

  FieldValuesConverter(MessageType schema) {
    this.schema = schema;
    this.children = new Converter[schema.getFieldCount()];
    for (int i = 0; i < children.length; i++) {
      Type type = schema.getType(i);
      children[i] =
          type.isPrimitive()
              ? column(i)
              : isStructList(type.asGroupType())
                  ? new StructListSlot(i, type.asGroupType())
                  : new StringListSlot(i, type.asGroupType());
    }
  }

  @Override
  public Converter getConverter(int fieldIndex) {
    return children[fieldIndex];
  }

  @Override
  public void start() {
    values = new Object[children.length];
  }

  @Override
  public void end() {
    // the row is complete; current() hands it out
  }

  private static boolean isStructList(GroupType list) {
    Type element = list.getType(0).asGroupType().getType(0);
    return !element.isPrimitive();
  }

  private ValueSlot column(int index) {
    return new ValueSlot(value -> values[index] = value);
  }

  FieldValues current() {
    return new FieldValues(schema, values);
  }

  /** The repeated {@code list} group of a LIST column: passes its one child through. */
  private static final class Repeated extends GroupConverter {
    private final Converter child;

    Repeated(Converter child) {
      this.child = child;
    }

    @Override
    public Converter getConverter(int fieldIndex) {
      return child;
    }

    @Override
    public void start() {
      // one element follows
    }

    @Override
    public void end() {
      // the child has taken the element
    }
  }

  /** Hands every primitive value, strings decoded from UTF-8, to a sink. */
  private static final class ValueSlot extends PrimitiveConverter {
    private final Consumer<Object> sink;

    ValueSlot(Consumer<Object> sink) {
      this.sink = sink;
    }

    @Override
    public void addBinary(Binary value) {
      sink.accept(value.toStringUsingUTF8());
    }

    @Override
    public void addInt(int value) {
      sink.accept(value);
    }

    @Override
    public void addLong(long value) {
      sink.accept(value);
    }

    @Override
    public void addDouble(double value) {
      sink.accept(value);
    }
  }

  /** {@code group name (LIST) { repeated group list { element; } }}. */
  private final class StringListSlot extends GroupConverter {
    private final int index;
    private final GroupConverter repeated;
    private List<String> items;

    StringListSlot(int index, GroupType type) {
      if (!(type.getLogicalTypeAnnotation()
              instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation)
          || type.getFieldCount() != 1
          || type.getType(0).asGroupType().getFieldCount() != 1) {
        throw new IllegalArgumentException("not a three-level list of strings: " + type);
      }
      this.index = index;
      this.repeated = new Repeated(new ValueSlot(value -> items.add((String) value)));
    }

    @Override
    public Converter getConverter(int fieldIndex) {
      return repeated;
    }

    @Override
    public void start() {
      items = new ArrayList<>();
    }

    @Override
    public void end() {
      values[index] = List.copyOf(items);
    }
  }

  /** {@code group name (LIST) { repeated group list { group element { fields… } } }}. */
  private final class StructListSlot extends GroupConverter {
    private final int index;
    private final GroupConverter repeated;
    private final int fieldCount;
    private List<Object[]> items;
    private Object[] current;

    StructListSlot(int index, GroupType type) {
      this.index = index;
      GroupType element = type.getType(0).asGroupType().getType(0).asGroupType();
      this.fieldCount = element.getFieldCount();
      this.repeated = new Repeated(new StructFields());
    }

    @Override
    public Converter getConverter(int fieldIndex) {
      return repeated;
    }

    @Override
    public void start() {
      items = new ArrayList<>();
    }

    @Override
    public void end() {
      values[index] = List.copyOf(items);
    }

    private final class StructFields extends GroupConverter {
      private final Converter[] fields = new Converter[fieldCount];

      StructFields() {
        for (int i = 0; i < fieldCount; i++) {
          int field = i;
          fields[i] = new ValueSlot(value -> current[field] = value);
        }
      }

      @Override
      public Converter getConverter(int fieldIndex) {
        return fields[fieldIndex];
      }

      @Override
      public void start() {
        current = new Object[fieldCount];
      }

      @Override
      public void end() {
        items.add(current);
      }
    }
  }
}
