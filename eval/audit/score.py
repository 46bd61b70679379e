"""Print the audit's precision and recall on the sample-brief corpus (logic in assay.audit.evaluation).

python eval/audit/score.py
"""

from __future__ import annotations

from pathlib import Path

from assay.audit.evaluation import evaluate_corpus, format_score

if __name__ == "__main__":
    print(format_score(evaluate_corpus(Path(__file__).parent)))
