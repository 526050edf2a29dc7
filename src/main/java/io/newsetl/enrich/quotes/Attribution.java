package io.newsetl.enrich.quotes;

import java.util.Optional;

/**
 * Who a quotation or a reported statement is attributed to, before resolution.
 *
 * @param cue the speech verb or phrase as written ("said", "وقال", "according to")
 * @param speakerStart offset of the speaker's words in the text, or -1 when the speaker is only
 *     implied by the verb (Arabic "وأضافت", Spanish "dijo")
 * @param speakerEnd offset just after the speaker's words, or -1
 * @param speaker the speaker as it should be reported: the name inside a longer phrase ("Wang
 *     Wenbin" in "Foreign Ministry spokesman Wang Wenbin"), the role phrase, or the pronoun
 * @param reference how {@code speaker} relates to earlier speakers
 */
record Attribution(
    String cue, int speakerStart, int speakerEnd, String speaker, Reference reference) {

  /** How a speaker phrase refers. */
  enum Reference {
    /** A person or organization named: "Wang Wenbin", "Microsoft", "Hodge". */
    NAMED,
    /** A role kept as written: "a spokesman for the ministry", "متحدث باسم الوزارة". */
    ROLE,
    /** A pronoun or an implied subject: refers to the last speaker of the previous sentences. */
    PRONOUN,
    /** "adding", "مضيفة": refers to the speaker of the same sentence. */
    PARTICIPLE,
    /** "the company", "الشركة": refers to the last speaker whose name contains the noun. */
    GENERIC,
    /** No attribution, the quote is a sentence of its own: the previous sentence's speaker. */
    CONTINUATION
  }

  static Attribution implied(String cue, Reference reference) {
    return new Attribution(cue, -1, -1, "", reference);
  }

  Optional<String> speakerText(String text) {
    return speakerStart < 0
        ? Optional.empty()
        : Optional.of(text.substring(speakerStart, speakerEnd));
  }
}
