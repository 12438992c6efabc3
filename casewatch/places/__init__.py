"""The place register: English and Welsh councils, their names, codes and partnerships.

Pure lookups over data files beside this package (`councils.csv`, `aliases.csv`,
`partnerships.yml`), read once and cached; PROVENANCE.md says where each came from.
"""

from casewatch.places.mentions import find_councils, named_before
from casewatch.places.partnerships import (
    Partnership,
    areas_in,
    councils_concerned,
    councils_of,
    partnership_for,
    partnerships,
)
from casewatch.places.register import (
    Alias,
    Council,
    by_code,
    council_for,
    councils,
    former_councils,
    predecessors_of,
    successors_of,
)

__all__ = [
    "Alias",
    "Council",
    "Partnership",
    "areas_in",
    "by_code",
    "council_for",
    "councils",
    "councils_concerned",
    "councils_of",
    "find_councils",
    "former_councils",
    "named_before",
    "partnership_for",
    "partnerships",
    "predecessors_of",
    "successors_of",
]
