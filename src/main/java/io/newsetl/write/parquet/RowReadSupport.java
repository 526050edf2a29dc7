package io.newsetl.write.parquet;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/**
 * A {@link ReadSupport} that reads the requested columns (all of a schema, or a projection) of each
 * row into {@link FieldValues} and turns them into a record. One instance per file.
 */
abstract class RowReadSupport<T> extends ReadSupport<T> {

  private final MessageType requested;

  RowReadSupport(MessageType requested) {
    this.requested = requested;
  }

  @Override
  public final ReadContext init(InitContext context) {
    return new ReadContext(requested);
  }

  @Override
  @SuppressWarnings("deprecation") // the abstract method to implement; newer overloads call it
  public final RecordMaterializer<T> prepareForRead(
      Configuration configuration,
      Map<String, String> keyValueMetaData,
      MessageType fileSchema,
      ReadContext readContext) {
    FieldValuesConverter root = new FieldValuesConverter(readContext.getRequestedSchema());
    return new RecordMaterializer<>() {
      @Override
      public T getCurrentRecord() {
        return toRow(root.current());
      }

      @Override
      public GroupConverter getRootConverter() {
        return root;
      }
    };
  }

  /** The record for one row. */
  abstract T toRow(FieldValues values);
}
