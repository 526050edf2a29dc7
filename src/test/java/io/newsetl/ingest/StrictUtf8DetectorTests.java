package io.newsetl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictUtf8DetectorTests {

  @ParameterizedTest
  @CsvSource({
    "UTF-8,        Café déjà vu,              true",
    "UTF-8,        قالت وزارة الخارجية,        true",
    "UTF-8,        plain ASCII only,          false",
    "windows-1256, قالت وزارة الخارجية,        false",
    "ISO-8859-6,   قالت وزارة الخارجية,        false",
    "ISO-8859-1,   Café déjà vu,              false",
    "GB2312,       新华社北京7月13日电,          false",
  })
  void answersUtf8OnlyForValidMultiByteContent(String charset, String text, boolean utf8)
      throws Exception {
    byte[] bytes = text.getBytes(Charset.forName(charset));

    Charset detected =
        new StrictUtf8Detector().detect(new ByteArrayInputStream(bytes), new Metadata());

    assertThat(detected).isEqualTo(utf8 ? StandardCharsets.UTF_8 : null);
  }

  @ParameterizedTest
  @CsvSource({"4", "5"})
  void aSampleCutInsideACharacterIsStillUtf8(int length) {
    byte[] full = "aé€".getBytes(StandardCharsets.UTF_8);

    assertThat(StrictUtf8Detector.isMultiByteUtf8(java.util.Arrays.copyOf(full, length), true))
        .isTrue();
    assertThat(StrictUtf8Detector.isMultiByteUtf8(java.util.Arrays.copyOf(full, length), false))
        .isFalse();
  }
}
