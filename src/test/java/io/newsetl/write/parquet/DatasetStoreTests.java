package io.newsetl.write.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetStoreTests {

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"", "file:", "file://"})
  void aLocalPathWithOrWithoutSchemeIsTheLocalFileSystem(String prefix) throws IOException {
    DatasetStore store = DatasetStore.open(prefix + folder.resolve("out"));

    assertThat(store.root().toUri().getScheme()).isEqualTo("file");
    assertThat(store.root().toUri().getPath()).isEqualTo(folder.resolve("out").toString());
  }

  @Test
  void moveRenamesAFolderToAnAbsentTarget() throws IOException {
    Files.createDirectories(folder.resolve("from/lang=en"));
    Files.writeString(folder.resolve("from/lang=en/part.parquet"), "rows");
    DatasetStore store = DatasetStore.open(folder.toString());

    store.move(path(store, "from"), path(store, "deep/to"));

    assertThat(folder.resolve("from")).doesNotExist();
    assertThat(folder.resolve("deep/to/lang=en/part.parquet")).hasContent("rows");
  }

  @Test
  void moveFinishesAMoveThatStoppedHalfWay() throws IOException {
    // what an object store leaves when a folder copy stops midway: some files on each side
    Files.createDirectories(folder.resolve("from/lang=en"));
    Files.createDirectories(folder.resolve("to/lang=en"));
    Files.writeString(folder.resolve("from/lang=en/part-0.parquet"), "zero");
    Files.writeString(folder.resolve("to/lang=en/part-0.parquet"), "zero");
    Files.writeString(folder.resolve("from/lang=en/part-1.parquet"), "one");
    Files.writeString(folder.resolve("from/_SUCCESS"), "");
    DatasetStore store = DatasetStore.open(folder.toString());

    store.move(path(store, "from"), path(store, "to"));

    assertThat(folder.resolve("from")).doesNotExist();
    assertThat(PublishedFiles.filesBelow(folder.resolve("to")))
        .extracting(file -> folder.relativize(file).toString())
        .containsExactly("to/_SUCCESS", "to/lang=en/part-0.parquet", "to/lang=en/part-1.parquet");
  }

  @Test
  void moveOfAnAbsentFolderIsAlreadyDone() throws IOException {
    Files.createDirectories(folder.resolve("to"));
    DatasetStore store = DatasetStore.open(folder.toString());

    store.move(path(store, "from"), path(store, "to"));

    assertThat(folder.resolve("to")).isEmptyDirectory();
  }

  @Test
  void writeTextReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
    DatasetStore store = DatasetStore.open(folder.toString());

    store.writeText(path(store, "plan"), "first");
    store.writeText(path(store, "plan"), "second — ثانية");

    assertThat(store.readText(path(store, "plan"))).contains("second — ثانية");
    assertThat(PublishedFiles.filesBelow(folder)).containsExactly(folder.resolve("plan"));
  }

  @Test
  void readTextOfAnAbsentFileIsEmpty() throws IOException {
    DatasetStore store = DatasetStore.open(folder.toString());

    assertThat(store.readText(path(store, "none"))).isEmpty();
  }

  private static org.apache.hadoop.fs.Path path(DatasetStore store, String relative) {
    return new org.apache.hadoop.fs.Path(store.root(), relative);
  }
}
