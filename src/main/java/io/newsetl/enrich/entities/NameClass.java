package io.newsetl.enrich.entities;

/** The coarse classes of names a statistical tagger finds, matching the CoNLL scheme. */
public enum NameClass {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
