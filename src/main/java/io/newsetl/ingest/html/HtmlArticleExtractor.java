package io.newsetl.ingest.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Turns a decoded HTML page into an article: the main body text as paragraphs, without navigation,
 * headers and footers, related links, comments, consent banners, sharing widgets, ads, repeated
 * bylines or teasers, plus the page's own metadata (title, authors, publisher, canonical URL,
 * publication date, language).
 *
 * <p>The body is found by a content scorer: the page is cut into text blocks, each block is valued
 * by its length, punctuation (Latin, Arabic and CJK) and link density, regions that announce
 * themselves as boilerplate are dropped, and the element whose blocks add up to the highest value
 * is taken as the article. A JSON-LD {@code articleBody} and {@code itemprop=articleBody} or {@code
 * article-body}-style class names strengthen the blocks they cover.
 *
 * <p>Stateless and thread-safe. Never throws on any input: an empty, binary or broken page gives a
 * page with empty fields and no blocks.
 */
public final class HtmlArticleExtractor {

  private final PageMetadataExtractor metadataExtractor = new PageMetadataExtractor();
  private final MainContentExtractor contentExtractor = new MainContentExtractor();

  /**
   * Extracts the article from {@code html}.
   *
   * @param html the decoded page
   * @param baseUri the page's address, used to make relative canonical URLs absolute
   * @return the article; fields the page does not provide are empty
   */
  public HtmlPage extract(String html, Optional<String> baseUri) {
    Document document =
        Parser.htmlParser().parseInput(html == null ? "" : html, baseUri.orElse(""));
    PageMetadata metadata = metadataExtractor.extract(document);
    List<String> blocks = contentExtractor.extract(document, metadata);
    return new HtmlPage(
        metadata.title(),
        metadata.authors(),
        metadata.publisher(),
        metadata.url(),
        metadata.published(),
        withoutLeadingTitle(blocks, metadata),
        metadata.language());
  }

  private static List<String> withoutLeadingTitle(List<String> blocks, PageMetadata metadata) {
    TitleMatcher title = new TitleMatcher(metadata.title());
    int start = 0;
    while (start < blocks.size() && title.matches(blocks.get(start))) {
      start++;
    }
    return blocks.subList(start, blocks.size());
  }
}
