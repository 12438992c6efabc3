"""E-mail alerts: after each run, each subscriber's digest of what is new and matches
what they follow, and the admin's notice of sources that turned broken or blocked.

private (the subscribers' own database) → subscriptions (add, remove, load) →
changes (what is new in the archive, by watermark) → follows (does it match) →
compose (the e-mail) → send (SMTP and the ledger) → cli.
"""
