"""Bot protection: a refusal, or a challenge page served in place of the page asked for.

A blocked site is not a quiet one: its failures say "blocked", so nobody reads a
web application firewall's answer as "no documents" (research sources.md §1.6, §2.1,
§6: Camden's Cloudflare challenge, ModernGov hosts and the Royal Marsden answering
403, Sussex Community's firewall).
"""

from __future__ import annotations

from scrapy.http import Response

REFUSALS = {
    401: "asks for a login",
    403: "refuses automated requests (HTTP 403)",
    429: "says too many requests (HTTP 429)",
}
# What challenge pages carry in their first bytes: Cloudflare's interstitial title
# and challenge options (not its /cdn-cgi/challenge-platform/ path, which ordinary
# pages load as a beacon), Imperva Incapsula's resource path, AWS WAF's script.
CHALLENGES = {
    b"<title>Just a moment...</title>": "Cloudflare",
    b"window._cf_chl_opt": "Cloudflare",
    b"_Incapsula_Resource": "Imperva Incapsula",
    b"AwsWafIntegration": "AWS WAF",
}
HEAD = 64 * 1024


class Blocked(Exception):
    """Bot protection answered in place of what was asked for: raised before any
    callback sees the response (casewatch.middlewares.BlockedResponses), so that the
    request's errback records it, whatever the spider and whatever the status."""

    def __init__(self, response: Response, reason: str) -> None:
        super().__init__(reason)
        self.response = response


def blocked_reason(response: Response) -> str:
    """'blocked: …' when the answer is bot protection or a refusal, else ''."""
    if (response.headers.get(b"cf-mitigated") or b"").lower() == b"challenge":
        return "blocked: the site answered with a Cloudflare challenge"
    head = response.body[:HEAD]
    for marker, firewall in CHALLENGES.items():
        if marker in head:
            return f"blocked: the site answered with a {firewall} challenge page"
    if response.status in REFUSALS:
        return f"blocked: the site {REFUSALS[response.status]}"
    return ""
