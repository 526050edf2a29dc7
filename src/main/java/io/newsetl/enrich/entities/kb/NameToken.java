package io.newsetl.enrich.entities.kb;

/**
 * One word of a text as the matcher sees it; a Han character is a word of its own.
 *
 * @param start offset of the word in the text
 * @param end offset after the word (exclusive)
 * @param folded the word folded by {@link NameNormalizer#fold}
 * @param key the matching key ({@link NameNormalizer#key})
 * @param han true for a single Han (or kana) character
 * @param breakBefore true when punctuation between this word and the previous one ends a name
 */
public record NameToken(
    int start, int end, String folded, String key, boolean han, boolean breakBefore) {}
