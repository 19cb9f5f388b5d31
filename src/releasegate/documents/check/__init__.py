"""The document checker: PDF, DOCX, EML, HTML and text in; findings against RG001 to RG012 out.

from releasegate.documents.check import check_paths
report = check_paths([Path("po.pdf"), Path("mail.eml")])
for finding in report.findings: ...
"""

from .api import check_parts, check_paths, run_check
from .errors import CheckInputError
from .facts import OrderFacts
from .model import RULE_NAMES, FileInfo, Finding, Report

__all__ = [
    "RULE_NAMES",
    "CheckInputError",
    "FileInfo",
    "Finding",
    "OrderFacts",
    "Report",
    "check_parts",
    "check_paths",
    "run_check",
]
