package io.newsetl.enrich.sources;

/** How a news organization relates to an article. */
public enum SourceRole {
  /** The site or paper that published the article, from metadata rather than from the text. */
  PUBLISHER,
  /** The agency named in the dateline at the start of the story: "PARIS (AFP) -". */
  DATELINE,
  /** An agency credited for the story: "(Reporting by …; Editing by …)", "© AFP", "(أ ف ب)". */
  CREDIT,
  /** An organization cited in the body: "told Reuters", "according to Xinhua", "لرويترز". */
  CITED
}
