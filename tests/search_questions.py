"""The staff questions of tests/search_queries/ and a way to ask them of a site's real search worker.

``ask`` runs the search worker a built site names (ours, or Material's lunr worker for comparison)
in the browser, speaking Material's worker protocol exactly as Material's search box does, and
returns the clause addresses of each answer in the order the results list shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import Page

QUERIES = Path(__file__).parent / "search_queries"
TUNING = QUERIES / "tuning.yml"
HELD_OUT = QUERIES / "held_out.yml"  # never looked at while tuning
HELD_OUT_2 = QUERIES / "held_out_2.yml"  # a second such set, written before tuning the current worker


@dataclass(frozen=True)
class Question:
    text: str
    policy: str  # the id of the policy that answers it
    anchor: str  # the clause that answers it: "clause-19"
    also: tuple[str, ...] = ()  # other clauses that answer it as well ("policy-id#clause-anchor")

    @property
    def address(self) -> str:
        """Where the answer is, relative to the site root: "social-media/#clause-19"."""
        return f"{self.policy}/#{self.anchor}"

    @property
    def addresses(self) -> set[str]:
        """Every clause that answers it, as ``address`` gives one."""
        return {self.address} | {answer.replace("#", "/#", 1) for answer in self.also}


def load(path: Path) -> list[Question]:
    """The questions of ``path``: each ``answer`` is "policy-id#clause-anchor", or a list of them
    where several clauses answer (a hit is any of them)."""
    questions = []
    for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
        first, *also = entry["answer"] if isinstance(entry["answer"], list) else [entry["answer"]]
        policy, anchor = first.split("#")
        questions.append(Question(entry["question"], policy, anchor, tuple(also)))
    return questions


# Material's protocol (integrations/search/worker/message): SETUP=0 -> READY=1, QUERY=2 -> RESULT=3.
_ASK_WORKER = """
async ({ worker, index, queries }) => {
  const searcher = new Worker(worker);
  const answer = (type) => new Promise((resolve) => {
    const listen = (event) => {
      if (event.data.type === type) { searcher.removeEventListener("message", listen); resolve(event.data); }
    };
    searcher.addEventListener("message", listen);
  });
  const started = performance.now();
  const { config, docs } = await (await fetch(index)).json();
  const ready = answer(1);
  searcher.postMessage({ type: 0, data: { config, docs, options: { suggest: false } } });
  await ready;
  const setupMs = performance.now() - started;
  const answers = [];
  for (const query of queries) {
    const asked = performance.now();
    const result = answer(3);
    searcher.postMessage({ type: 2, data: query });
    const { data } = await result;
    answers.push({
      ms: performance.now() - asked,
      addresses: data.items.flatMap((group) => group.map((doc) => doc.location).filter((l) => l.includes("#"))),
    });
  }
  searcher.terminate();
  return { setupMs, answers };
}
"""


def _site_address(location: str) -> str:
    """"http://127.0.0.1:8000/social-media/#clause-19" or "social-media/#clause-19" -> the latter."""
    parts = urlsplit(location)
    return f"{parts.path.lstrip('/')}#{parts.fragment}"


@dataclass(frozen=True)
class Answers:
    setup_ms: float  # from fetching the index to the worker being ready
    addresses: list[list[str]]  # for each query, the clause addresses in the order shown
    ms: list[float]  # for each query, from asking to the results arriving


def ask(page: Page, worker: str, queries: list[str], index: str = "search/search_index.json") -> Answers:
    """Ask ``queries`` of the worker at ``worker`` (a URL relative to ``page``'s), on ``page``."""
    result = page.evaluate(_ASK_WORKER, {"worker": worker, "index": index, "queries": queries})
    answers = result["answers"]
    addresses = [[_site_address(location) for location in a["addresses"]] for a in answers]
    return Answers(result["setupMs"], addresses, [a["ms"] for a in answers])


def hit_rates(questions: list[Question], answers: Answers) -> tuple[float, float]:
    """The share of questions whose clause comes first, and within the first three."""
    found = list(zip(questions, answers.addresses, strict=True))
    first = sum(bool(q.addresses & set(addresses[:1])) for q, addresses in found)
    top3 = sum(bool(q.addresses & set(addresses[:3])) for q, addresses in found)
    return first / len(questions), top3 / len(questions)
