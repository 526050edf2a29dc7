package io.newsetl.enrich.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The news organizations the extractor knows, with their aliases in several languages.
 *
 * <p>The bundled catalog is the resource {@code io/newsetl/enrich/sources/outlets.tsv}; its header
 * documents the format. Instances are immutable and thread-safe.
 */
public final class OutletCatalog {

  static final List<String> LANGUAGES = List.of("en", "ar", "fr", "es", "de", "ru", "zh");
  private static final String RESOURCE = "outlets.tsv";

  private final List<Outlet> outlets;
  private final List<AliasEntry> aliases;
  private final Map<String, Outlet> byId = new HashMap<>();
  private final Map<String, Outlet> byFoldedName = new HashMap<>();

  private OutletCatalog(List<Outlet> outlets, List<AliasEntry> aliases) {
    this.outlets = List.copyOf(outlets);
    this.aliases = List.copyOf(aliases);
    for (Outlet outlet : outlets) {
      byId.put(outlet.id(), outlet);
      byFoldedName.putIfAbsent(FoldedText.fold(outlet.canonicalName()), outlet);
    }
    for (AliasEntry alias : aliases) {
      byFoldedName.putIfAbsent(alias.folded(), alias.outlet());
    }
  }

  /** The catalog shipped with the product. */
  public static OutletCatalog bundled() {
    return Bundled.CATALOG;
  }

  /**
   * Reads a catalog in the {@code outlets.tsv} format.
   *
   * @throws IllegalArgumentException on a malformed line, naming its number
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static OutletCatalog read(InputStream tsv) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      List<Outlet> outlets = new ArrayList<>();
      List<AliasEntry> aliases = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          parseLine(line, number, outlets, aliases);
        }
      }
      return new OutletCatalog(outlets, aliases);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outlet catalog", e);
    }
  }

  /** Every outlet, in catalog order. */
  public List<Outlet> outlets() {
    return outlets;
  }

  /** The outlet with this id, if any. */
  public Optional<Outlet> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The outlet a publisher name or web address refers to: an exact alias or canonical name
   * ("Reuters", "BBC News", "رويترز"), or a host ("https://www.reuters.com/world/", "bbc.co.uk").
   * Empty when nothing matches; never guesses from a part of a name.
   */
  public Optional<Outlet> resolve(String nameOrAddress) {
    String folded = FoldedText.fold(nameOrAddress.strip());
    Optional<Outlet> exact = lookup(folded);
    if (exact.isPresent() || folded.contains(" ")) {
      return exact;
    }
    String host = folded.replaceFirst("^[a-z]+://", "").replaceFirst("[/?#].*$", "");
    host = host.replaceFirst("^www\\.", "");
    Optional<Outlet> byHost = lookup(host);
    int dot = host.indexOf('.');
    return byHost.isPresent() || dot <= 0 ? byHost : lookup(host.substring(0, dot));
  }

  List<AliasEntry> aliases() {
    return aliases;
  }

  private Optional<Outlet> lookup(String folded) {
    Outlet outlet = byFoldedName.get(folded);
    if (outlet == null && folded.startsWith("the ")) {
      outlet = byFoldedName.get(folded.substring(4));
    }
    return Optional.ofNullable(outlet);
  }

  private static void parseLine(
      String line, int number, List<Outlet> outlets, List<AliasEntry> aliases) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 3 + LANGUAGES.size()) {
      throw new IllegalArgumentException(
          "outlet catalog line "
              + number
              + ": expected 10 tab-separated cells, got "
              + cells.length);
    }
    OutletKind kind;
    try {
      kind = OutletKind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("outlet catalog line " + number + ": kind " + cells[1], e);
    }
    Map<String, List<String>> marked = new LinkedHashMap<>();
    Map<String, List<String>> plain = new LinkedHashMap<>();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      List<String> cell = splitAliases(cells[3 + i]);
      marked.put(LANGUAGES.get(i), cell);
      plain.put(LANGUAGES.get(i), cell.stream().map(a -> a.replaceFirst("^[~=]+", "")).toList());
    }
    Outlet outlet = new Outlet(cells[0].strip(), cells[2].strip(), kind, plain);
    outlets.add(outlet);
    marked.forEach(
        (language, list) ->
            list.forEach(alias -> aliases.add(AliasEntry.parse(outlet, language, alias))));
  }

  private static List<String> splitAliases(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
  }

  private static final class Bundled {
    static final OutletCatalog CATALOG = load();

    private static OutletCatalog load() {
      InputStream in = OutletCatalog.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    }
  }
}
