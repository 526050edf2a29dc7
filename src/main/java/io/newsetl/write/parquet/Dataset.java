package io.newsetl.write.parquet;

/** The two datasets below the output folder. */
enum Dataset {
  ARTICLES("articles"),
  REJECTS("rejects");

  private final String folder;

  Dataset(String folder) {
    this.folder = folder;
  }

  String folder() {
    return folder;
  }
}
