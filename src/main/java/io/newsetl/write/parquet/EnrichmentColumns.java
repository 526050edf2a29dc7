package io.newsetl.write.parquet;

import io.newsetl.article.Enrichment;
import io.newsetl.article.Entity;
import io.newsetl.article.Quotation;
import io.newsetl.article.Source;
import io.newsetl.article.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The enrichment columns ({@code temporal}, {@code sources}, {@code quotes}, {@code entities},
 * {@code title_entities}) as struct values in schema field order, and back.
 */
final class EnrichmentColumns {

  private EnrichmentColumns() {}

  static List<List<Object>> temporal(Enrichment enrichment) {
    return enrichment.temporal().stream()
        .map(t -> List.<Object>of(t.text(), t.type(), t.value(), t.start(), t.end()))
        .toList();
  }

  static List<List<Object>> sources(Enrichment enrichment) {
    return enrichment.sources().stream()
        .map(
            s ->
                Arrays.<Object>asList(
                    s.name(), s.id(), s.role(), s.text(), offset(s.start()), offset(s.end())))
        .toList();
  }

  static List<List<Object>> quotes(Enrichment enrichment) {
    return enrichment.quotes().stream()
        .map(
            q ->
                List.<Object>of(
                    q.text(), q.speaker(), q.speakerText(), q.cue(), q.start(), q.end()))
        .toList();
  }

  static List<List<Object>> entities(List<Entity> entities) {
    return entities.stream()
        .map(
            e ->
                Arrays.<Object>asList(
                    e.text(),
                    e.type(),
                    e.fineType(),
                    e.start(),
                    e.end(),
                    e.canonical(),
                    e.id(),
                    e.confidence()))
        .toList();
  }

  static Enrichment read(FieldValues values) {
    return new Enrichment(
        values.structs("temporal").stream()
            .map(
                f ->
                    new Temporal(
                        (String) f[0],
                        (String) f[1],
                        (String) f[2],
                        (Integer) f[3],
                        (Integer) f[4]))
            .toList(),
        values.structs("sources").stream()
            .map(
                f ->
                    new Source(
                        (String) f[0],
                        text(f[1]),
                        (String) f[2],
                        (String) f[3],
                        f[4] == null ? -1 : (Integer) f[4],
                        f[5] == null ? -1 : (Integer) f[5]))
            .toList(),
        values.structs("quotes").stream()
            .map(
                f ->
                    new Quotation(
                        (String) f[0],
                        text(f[1]),
                        text(f[2]),
                        text(f[3]),
                        (Integer) f[4],
                        (Integer) f[5]))
            .toList(),
        readEntities(values.structs("entities")),
        readEntities(values.structsSince("title_entities")));
  }

  private static List<Entity> readEntities(List<Object[]> structs) {
    return structs.stream()
        .map(
            f ->
                new Entity(
                    (String) f[0],
                    (String) f[1],
                    (String) f[2],
                    (Integer) f[3],
                    (Integer) f[4],
                    (String) f[5],
                    text(f[6]),
                    (Double) f[7]))
        .toList();
  }

  private static Integer offset(int value) {
    return value < 0 ? null : value;
  }

  private static Optional<String> text(Object value) {
    return Optional.ofNullable((String) value);
  }
}
