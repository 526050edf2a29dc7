package io.newsetl.enrich.entities.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClusterBuilderTests {

  @Test
  void wordsInTheSameContextsShareAClusterAndOthersDoNot() {
    WordClusterBuilder builder = new WordClusterBuilder();
    for (int i = 0; i < 40; i++) {
      for (int k = 0; k < 3; k++) {
        builder.add(List.of("flights", "to", "City" + i, "were", "cancelled"));
        builder.add(List.of("the", "minister", "verb" + i, "that", "talks"));
      }
    }
    WordClusters clusters = builder.build();
    assertThat(clusters.size()).isEqualTo(88);
    assertThat(clusters.coarse("City1"))
        .isEqualTo(clusters.coarse("City7"))
        .isEqualTo(clusters.coarse("City39"));
    assertThat(clusters.fine("City1")).isEqualTo(clusters.fine("City7"));
    assertThat(clusters.coarse("verb1"))
        .isEqualTo(clusters.coarse("verb2"))
        .isNotEqualTo(clusters.coarse("City1"));
    assertThat(clusters.coarse("CITY1")).isEqualTo(clusters.coarse("City1"));
    assertThat(clusters.coarse("Tokyo")).isEqualTo("-");
  }

  @Test
  void kMeansSeparatesTwoGroups() {
    float[][] vectors = {{1, 0}, {0.9f, 0.1f}, {0, 1}, {0.1f, 0.9f}, {0.95f, 0.05f}};
    for (float[] v : vectors) {
      KMeans.normalize(v);
    }
    int[] ids = KMeans.cluster(vectors, 2, new Random(3));
    assertThat(ids[0]).isEqualTo(ids[1]).isEqualTo(ids[4]).isNotEqualTo(ids[2]);
    assertThat(ids[2]).isEqualTo(ids[3]);
  }

  @Test
  void unlabeledTextReadsPlainGzipZipAndTarFiles(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("a.txt"), "plain <b>text</b>", StandardCharsets.UTF_8);
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(folder.resolve("b.sgm.gz")))) {
      out.write("gzip text".getBytes(StandardCharsets.UTF_8));
    }
    try (ZipOutputStream zip =
        new ZipOutputStream(Files.newOutputStream(folder.resolve("c.zip")))) {
      zip.putNextEntry(new ZipEntry("c.json"));
      zip.write("zip text".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(folder.resolve("d.tar.gz"), tarGz("d/one.txt", "tar text"));
    Files.writeString(folder.resolve("SOURCE.md"), "not read");
    List<String> texts = new ArrayList<>();
    UnlabeledText.forEachText(folder, texts::add);
    assertThat(texts)
        .extracting(String::strip)
        .containsExactly("plain  text", "gzip text", "zip text", "tar text");
  }

  static byte[] tarGz(String name, String content) throws IOException {
    byte[] body = content.getBytes(StandardCharsets.UTF_8);
    byte[] header = new byte[512];
    System.arraycopy(name.getBytes(StandardCharsets.US_ASCII), 0, header, 0, name.length());
    byte[] size = String.format("%011o", body.length).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(size, 0, header, 124, size.length);
    header[156] = '0';
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(header);
      out.write(body);
      out.write(new byte[512 - body.length + 1024]);
    }
    return bytes.toByteArray();
  }
}
