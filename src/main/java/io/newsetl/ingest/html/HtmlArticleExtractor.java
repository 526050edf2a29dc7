package io.newsetl.ingest.html;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Interim: body text of a page by paragraph. */
public final class HtmlArticleExtractor {

  public HtmlPage extract(String html, Optional<String> baseUri) {
    Document doc = Jsoup.parse(html, baseUri.orElse(""));
    List<String> blocks = doc.select("p").eachText();
    return new HtmlPage(
        Optional.of(doc.title()).filter(t -> !t.isBlank()), List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), blocks, Optional.empty());
  }
}
