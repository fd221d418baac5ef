"""quotematch: find quoted statements in news articles, group the versions
printed by different outlets, and report exactly how their wording differs.

>>> import quotematch
>>> quotematch.extract_quotes("“We are saddened,” the club said.")[0].text
'We are saddened,'
"""

from .check import CheckResult, QuoteCheck, check_article
from .cluster import cluster_quotes
from .config import Config
from .errors import (
    ConfigError,
    DecodeError,
    IndexBusyError,
    IndexFileError,
    IndexStaleError,
    InputError,
    MissingExtraError,
    QuotematchError,
    ReadError,
    RecordError,
)
from .extract import extract_quotes
from .index import QuoteIndex
from .match import match
from .models import (
    Cluster,
    Coverage,
    Diagnostic,
    Document,
    MatchResult,
    MeaningChange,
    Quote,
    QuoteKind,
    Variant,
    VariantCategory,
)
from .normalize import comparison_form

__all__ = [
    "CheckResult",
    "Cluster",
    "Config",
    "ConfigError",
    "Coverage",
    "DecodeError",
    "Diagnostic",
    "Document",
    "IndexBusyError",
    "IndexFileError",
    "IndexStaleError",
    "InputError",
    "MatchResult",
    "MeaningChange",
    "MissingExtraError",
    "Quote",
    "QuoteCheck",
    "QuoteIndex",
    "QuoteKind",
    "QuotematchError",
    "ReadError",
    "RecordError",
    "Variant",
    "VariantCategory",
    "check_article",
    "cluster_quotes",
    "comparison_form",
    "extract_quotes",
    "match",
]

__version__ = "0.1.0"
