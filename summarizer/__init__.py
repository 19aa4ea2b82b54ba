"""summarizer: news articles about diplomatic negotiations in, validated and grounded negotiation-state records out.

    from summarizer import summarize_article
    state = summarize_article(open("seeds/003_7fbb9ae6711f7586.txt").read())   # the embedded local model
"""

from importlib.metadata import PackageNotFoundError, version

from .api import asummarize_article, merged_state, summarize_article, summarize_files
from .contract import ArticleState
from .errors import SummarizerError
from .merged import MergedState
from .settings import Settings

try:
    __version__ = version("summarizer")
except PackageNotFoundError:  # running from a checkout that is not installed
    __version__ = "0+unknown"

__all__ = ["summarize_article", "asummarize_article", "summarize_files", "merged_state", "Settings", "ArticleState",
           "MergedState", "SummarizerError", "__version__"]
