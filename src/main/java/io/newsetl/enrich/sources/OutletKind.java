package io.newsetl.enrich.sources;

/** What kind of news organization an {@link Outlet} is. */
public enum OutletKind {
  /** A wire service that sells stories to other outlets (Reuters, AFP, Xinhua). */
  NEWS_AGENCY,
  /** A television or radio network (BBC, Al Jazeera). */
  BROADCASTER,
  /** A newspaper or magazine (The New York Times, Der Spiegel). */
  NEWSPAPER,
  /** A publication that exists only on the web. */
  WEBSITE
}
