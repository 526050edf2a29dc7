package io.newsetl.enrich.entities;

import io.newsetl.enrich.entities.kb.KnowledgeBase;
import java.nio.file.*;
import org.junit.jupiter.api.Test;

class ProbeTests {
  @Test
  void probe() throws Exception {
    long t0 = System.nanoTime();
    KnowledgeBase kb = KnowledgeBase.bundled();
    System.out.println("load ms " + (System.nanoTime() - t0) / 1e6 + " " + kb.version() + " " + kb.countByType() + " " + kb.countByLanguage() + " entities " + kb.entities().size());
    String text = Files.readString(Path.of(System.getProperty("probe.file", "../shared/seed/000_2974fc50fc4f2d80.txt")));
    EntityExtractor x = new EntityExtractor(kb, NameTaggers.none());
    for (EntityMention m : x.extract(text, System.getProperty("probe.lang", "ar"))) {
      System.out.println(m.text() + " | " + m.type() + "/" + m.fineType() + " | " + m.canonical() + " | " + m.id().orElse("-") + " | " + m.confidence());
    }
  }
}
