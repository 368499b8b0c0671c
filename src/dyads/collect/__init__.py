"""`dyads collect`: keep a store current from ministries' feeds, sitemaps and listing pages.

sources.toml names the sources (config); each run discovers their links (discover), fetches what is new
or changed politely and safely (fetcher: robots.txt, crawl-delay, rate, conditional GET, retries, the
same limits and address checks as `dyads ingest URL`), passes every page through the same ingest as
`dyads ingest`, and records each URL's state in the store (state), so a rerun fetches only what is new.
"""
