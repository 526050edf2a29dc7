package io.newsetl.enrich.entities.kb;

import io.newsetl.enrich.entities.NameClass;

/** The fine types of knowledge-base entities, each with the coarse CoNLL class it belongs to. */
public enum EntityType {
  PERSON(NameClass.PERSON),
  COUNTRY(NameClass.LOCATION),
  TERRITORY(NameClass.LOCATION),
  FORMER_STATE(NameClass.LOCATION),
  REGION(NameClass.LOCATION),
  STATE(NameClass.LOCATION),
  CITY(NameClass.LOCATION),
  INTERNATIONAL_ORGANIZATION(NameClass.ORGANIZATION),
  GOVERNMENT_BODY(NameClass.ORGANIZATION),
  COMPANY(NameClass.ORGANIZATION),
  /** A football or other sports club (Real Madrid, Al Hilal, Wydad). */
  SPORTS_CLUB(NameClass.ORGANIZATION),
  /** A university (Harvard University, King Saud University, Al-Azhar University). */
  UNIVERSITY(NameClass.ORGANIZATION),
  NEWS_AGENCY(NameClass.ORGANIZATION),
  NEWS_ORGANIZATION(NameClass.ORGANIZATION),
  POLITICAL_ORGANIZATION(NameClass.ORGANIZATION),
  ARMED_GROUP(NameClass.ORGANIZATION),
  THREAT_ACTOR(NameClass.ORGANIZATION),
  PRODUCT(NameClass.MISC),
  EVENT(NameClass.MISC),
  /** An adjective or demonym of a country ("Chinese", "الصينية"), linked to the country. */
  NATIONALITY(NameClass.MISC);

  private final NameClass coarse;

  EntityType(NameClass coarse) {
    this.coarse = coarse;
  }

  /** The coarse class: PERSON, ORGANIZATION, LOCATION or MISC. */
  public NameClass coarse() {
    return coarse;
  }
}
