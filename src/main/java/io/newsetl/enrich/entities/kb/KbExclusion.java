package io.newsetl.enrich.entities.kb;

/**
 * A written form that is not its entity although it folds to one of its aliases: اليمنى ("right",
 * as in the right foot) is not اليمني (Yemeni), whose final ى the matcher folds to ي. Compared on
 * the letters as written, without diacritics or tatweel ({@link NameNormalizer#letters}).
 *
 * @param entity the entity the form is not
 * @param language the ISO 639-1 language it is written for
 * @param text the form, without its marker
 */
public record KbExclusion(KbEntity entity, String language, String text) {}
