"""Counts in words: "1 mention", "2 mentions"."""


def plural(count: int, noun: str, nouns: str = "") -> str:
    """`count` and the noun, singular for one ("1 mention", "3 mentions")."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"
