"""Spiders: fetch only. One class per platform; sites are rows in sources.yml."""
