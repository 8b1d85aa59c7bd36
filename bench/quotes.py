"""Attribution benchmark: who says what, on real news and on our own test set.

Three parts, one table each:
1. our own sentences (``tests/fixtures/claims/attribution_set.jsonl``, French and
   English, written by us): per-class precision and recall of source kind and
   certainty;
2. PolNeAR dev (84 US political articles, every attribution annotated) and
3. the Gender Gap Tracker's English gold set (98 Canadian articles):
   content spans matched one-to-one at overlap >= 0.3 and >= 0.8 of the longer
   span; precision, recall, F1; speaker accuracy over matched attributions (the
   produced source span overlaps the gold source, or names the gold reference).
Produced attributions are the page's quotes: direct ones (between quote marks) and the
indirect ones (claims a reporting verb or "according to" attributes to someone).
The article texts of 2 and 3 are read from ``../shared/benchmarks`` and never copied.

Run: ``python bench/quotes.py [--limit N] [--json] [--polnear dev|train] [--misses N]
[--cache]``.  ``--misses N`` lists N missed gold spans and N spurious produced ones per
corpus (what to read before writing a rule); ``--cache`` keeps each article's parse and
entities in a temporary folder so that, while claims and quotes rules change, a re-run
only redoes them (the parse does not depend on those rules).  Scores for the tables are
taken without ``--cache``, through the whole ``analyze_article``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from newstrace.analyze.claims import claims_in
from newstrace.analyze.entities import EntityIndex, entities_in
from newstrace.analyze.findings import analyze_article
from newstrace.analyze.quotes import quotes_in
from newstrace.extract.article import build_article
from newstrace.extract.text import extract_text
from newstrace.model import Analysis, Article, Quote, RawDocument
from newstrace.nlp.parse import ParsedBlock, parse_article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"
OWN_SET = ROOT / "tests" / "fixtures" / "claims" / "attribution_set.jsonl"

Span = tuple[int, int]


CACHE = Path(tempfile.gettempdir()) / "newstrace-bench-quotes"


def _article(text: str, language: str) -> Article:
    page = extract_text(text, document="bench")
    raw = RawDocument("bench", text.encode(), "text")
    article = build_article(page, raw, doc_id="bench", content_hash="")
    if article.language is None:
        article = replace(article, language=language)
    return article


def analyse(text: str, language: str = "en", cache: bool = False) -> Analysis:
    """The page's analysis; with ``cache``, only claims and quotes are recomputed.

    The cached part (article, parse, entity index) is what the claims and quotes rules
    read but never change, so a cached run scores the same as a full one.
    """
    if not cache:
        return analyze_article(_article(text, language))
    article, parsed, index = _cached_parse(text, language)
    claims, sourcing = claims_in(parsed, article, index, [])
    quotes = quotes_in(parsed, article, index, claims)
    return Analysis(article=article, entities=tuple(index.entities), places=(), times=(),
                    quantities=(), claims=tuple(claims), events=(), quotes=tuple(quotes),
                    sourcing=sourcing, warnings=())


def _cached_parse(text: str, language: str) -> tuple[Article, list[ParsedBlock], EntityIndex]:
    from spacy.tokens import DocBin

    from newstrace.nlp.models import pipeline

    key = hashlib.sha256(f"{language}\0{text}".encode()).hexdigest()[:24]
    meta, docs = CACHE / f"{key}.pickle", CACHE / f"{key}.spacy"
    if meta.exists() and docs.exists():
        article, blocks, index = pickle.loads(meta.read_bytes())
        nlp = pipeline(article.language)
        assert nlp is not None
        parsed_docs = list(DocBin().from_bytes(docs.read_bytes()).get_docs(nlp.vocab))
        parsed = [ParsedBlock(b, n, d) for (b, n), d in zip(blocks, parsed_docs, strict=True)]
        return article, parsed, index
    article = _article(text, language)
    parsed = parse_article(article)
    index, _ = entities_in(parsed, article)
    if all(pb.doc is not None for pb in parsed):
        CACHE.mkdir(exist_ok=True)
        bin_ = DocBin(store_user_data=True)
        for pb in parsed:
            bin_.add(pb.doc)  # type: ignore[arg-type]
        docs.write_bytes(bin_.to_bytes())
        meta.write_bytes(pickle.dumps((article, [(pb.block, pb.norm) for pb in parsed], index)))
    return article, parsed, index


def _abs(starts: dict[str, int], span: Any) -> Span:
    return (starts[span.block] + span.start, starts[span.block] + span.end)


def produced(analysis: Analysis, attributions: bool = False, merge: bool = True
             ) -> list[tuple[Span, Span | None, str]]:
    """(content span, speaker span, speaker words) of every quote, in the text's offsets.

    The speaker span is the quote's second piece of evidence (the words that name the
    speaker in the page); a quote with no speaker read has none.  With ``attributions``,
    also every other attributed claim (what a study "shows", what someone "believes"):
    PolNeAR annotates attribution, the Gender Gap Tracker only quotes.  ``merge`` (PolNeAR)
    scores a direct quote continued past its speaker's words as one attribution.
    """
    starts = {b.id: b.start for b in analysis.article.blocks}
    out: list[tuple[Span, Span | None, str]] = []
    previous = None
    for q in analysis.quotes:
        src = _abs(starts, q.evidence[1]) if len(q.evidence) > 1 else None
        words = " ".join(filter(None, [q.speaker.text, q.speaker.entity or ""]))
        content = _abs(starts, q.evidence[0])
        if attributions and merge and previous is not None and _continues(previous, q):
            # PolNeAR's unit is the act of speech: '"A," X said. "B."' is one attribution
            # whose content is both pieces (a discontinuous span in its files).
            out[-1] = ((out[-1][0][0], content[1]), src, words)
        else:
            out.append((content, src, words))
        previous = q
    if attributions:
        taken = [p[0] for p in out]
        for c in analysis.claims:
            if c.source.kind == "unattributed" or len(c.evidence) < 2:
                continue
            content = _abs(starts, c.evidence[0])
            if any(a < content[1] and content[0] < b for a, b in taken):
                continue
            words = " ".join(filter(None, [c.source.text, c.source.entity or ""]))
            out.append((content, _abs(starts, c.evidence[1]), words))
    return out


def _continues(first: Quote, second: Quote) -> bool:
    """Whether ``second`` goes on with ``first``'s act of speech: direct quotes in the same
    paragraph, the second with no speaker of its own (it took the first one's words)."""
    return (first.kind == second.kind == "direct" and len(first.evidence) > 1
            and first.evidence[1:2] == second.evidence[1:2]
            and first.evidence[0].block == second.evidence[0].block
            and first.evidence[0].end <= second.evidence[0].start)


def overlap(a: Span, b: Span) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    longest = max(a[1] - a[0], b[1] - b[0])
    return inter / longest if longest else 0.0


def match(gold: list[dict[str, Any]], pred: list[tuple[Span, Span | None, str]],
          threshold: float) -> list[tuple[dict[str, Any], tuple[Span, Span | None, str]]]:
    """One-to-one matches, best overlaps first."""
    pairs = sorted(
        ((overlap(g["content"], p[0]), gi, pi) for gi, g in enumerate(gold)
         for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_g, used_p, out = set(), set(), []
    for score, gi, pi in pairs:
        if score < threshold:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gold[gi], pred[pi]))
    return out


PRONOUNS = {"he", "she", "him", "her", "his", "they", "them", "i", "we", "you", "it", "who",
            "which", "that"}


RELATIVES = {"who", "which", "that"}


def people_before(analysis: Analysis) -> list[tuple[int, str]]:
    """(offset, entity id) of every person mention, in text order: what a pronoun of the
    gold standard resolves to when the speaker is compared "by the same entity"."""
    starts = {b.id: b.start for b in analysis.article.blocks}
    return sorted((starts[ev.block] + ev.start, e.id) for e in analysis.entities
                  if e.type == "person" for ev in e.evidence if ev.block in starts)


def speaker_right(g: dict[str, Any], p: tuple[Span, Span | None, str],
                  text: str = "", people: list[tuple[int, str]] | None = None) -> bool:
    """Whether the produced speaker is the gold one: the spans overlap, or (PolNeAR's
    README) they name the same entity: the gold name's last word among the produced
    speaker's words and entity, a gold relative pronoun ("who") whose antecedent is the
    produced speaker (ending just before it), or another gold pronoun resolved, as the last
    person named before it, to the produced speaker's entity."""
    if g.get("source") and p[1] and overlap(g["source"], p[1]) > 0:
        return True
    if text and g.get("source"):
        gold_words = re.findall(r"\w+", text[g["source"][0]:g["source"][1]].lower())
        produced = set(re.findall(r"[^\W_]+", p[2].lower()))
        if len(gold_words) == 1 and gold_words[0] in RELATIVES and p[1] and \
                p[1][1] <= g["source"][0] and not text[p[1][1]:g["source"][0]].strip(" ,"):
            return True  # "the governor, who said": the antecedent is who "who" is
        if len(gold_words) == 1 and gold_words[0] in PRONOUNS:
            before = [e for at, e in (people or []) if at < g["source"][0]]
            if before and before[-1] in p[2].split():
                return True
        elif gold_words and gold_words[-1] not in PRONOUNS and gold_words[-1] in produced:
            return True
    # The gold reference's surname among the produced speaker's words (whole words only:
    # "Lee" is not in "Leeds"; accents aside: the entity id "person:xavier-pelissier"
    # names "Xavier Pélissier").
    ref = re.findall(r"\w+", _plain(g.get("reference") or ""))
    return bool(ref) and ref[-1] in re.findall(r"\w+", _plain(p[2]))


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if not unicodedata.combining(c))


def polnear(limit: int | None, part: str = "dev") -> list[tuple[str, list[dict[str, Any]]]]:
    folder = SHARED / "quotes-polnear" / part
    docs = []
    for path in sorted((folder / "text").glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        spans: dict[str, tuple[str, Span]] = {}
        gold = []
        # Annotation files carry an annotator suffix: "<text name>_<hash>.ann"; take the first.
        anns = sorted((folder / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        ann = anns[0]
        lines = [line.split("\t") for line in ann.read_text(encoding="utf-8").splitlines()]
        # Spans first: in some files an event line comes before the spans it names.
        for parts in lines:
            if parts[0].startswith("T") and len(parts) >= 2:
                kind, *offsets = parts[1].split()
                nums = [int(x) for x in re.findall(r"\d+", " ".join(offsets))]
                spans[parts[0]] = (kind, (min(nums), max(nums)))
        for parts in lines:
            if parts[0].startswith("E") and len(parts) >= 2:
                roles = dict(r.split(":") for r in parts[1].split())
                if roles.get("Content") not in spans:
                    continue
                source = spans.get(roles.get("Source", ""))
                cue = spans.get(roles.get("Cue", ""))
                gold.append({"content": spans[roles["Content"]][1],
                             "source": source[1] if source else None,
                             "cue": cue[1] if cue else None})
        docs.append((text, gold))
    return docs


def ggt(limit: int | None) -> list[tuple[str, list[dict[str, Any]]]]:
    docs = []
    lines = (SHARED / "quotes-ggt-en" / "ggt_en_gold_quotes.jsonl").open(encoding="utf-8")
    for line in list(lines)[:limit]:
        d = json.loads(line)
        if not d.get("quotes"):
            continue
        gold = []
        for q in d["quotes"]:
            if not q.get("quote") or q["quote"].get("start") is None:
                continue
            sp = q.get("speaker") or {}
            gold.append({
                "content": (q["quote"]["start"], q["quote"]["end"]),
                "source": (sp["start"], sp["end"]) if sp.get("start") is not None else None,
                "reference": q.get("reference"),
            })
        docs.append((d["text"], gold))
    return docs


def blind_quotes(path: Path, limit: int | None = None
                 ) -> list[tuple[str, list[dict[str, Any]]]]:
    """Our blind quote articles (JSON lines: id, lang, text, quotes [{quote, speaker,
    reference, kind}]), written by someone who never read the rules: each quote and speaker
    is a substring of the text, found in text order (the speaker's occurrence nearest the
    quote, as a whole word).  Every attributed statement is annotated, speech with a noun
    object included ("announced his resignation"), so the produced side is the quotes plus
    the other attributed claims, each piece of a direct quote on its own as in GGT."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        if not line.strip():
            continue
        d = json.loads(line)
        text, gold, at = d["text"], [], 0
        for q in d["quotes"]:
            start = text.find(q["quote"], at)
            if start < 0:
                start = text.find(q["quote"])
            if start < 0:
                raise SystemExit(f"{path}: {d.get('id')}: quote not in text: {q['quote']!r}")
            end = start + len(q["quote"])
            at = start + 1
            source = None
            if q.get("speaker"):
                found = [m.start() for m in re.finditer(
                    rf"(?<!\w){re.escape(q['speaker'])}(?!\w)", text)]
                if found:
                    s0 = min(found, key=lambda x: min(abs(x - start), abs(x - end)))
                    source = (s0, s0 + len(q["speaker"]))
            gold.append({"content": (start, end), "source": source,
                         "reference": q.get("reference"), "kind": q.get("kind")})
        docs.append((text, gold))
    return docs


def score_corpus(name: str, docs: list[tuple[str, list[dict[str, Any]]]],
                 attributions: bool = False, cache: bool = False,
                 misses: int = 0, merge: bool = True) -> dict[str, Any]:
    t0 = time.perf_counter()
    results: dict[float, Counter[str]] = {0.3: Counter(), 0.8: Counter()}
    errors: dict[str, list[str]] = {"missed": [], "spurious": [], "speaker": []}
    for text, gold in docs:
        analysis = analyse(text, cache=cache)
        pred = produced(analysis, attributions, merge)
        people = people_before(analysis)
        for thr, counter in results.items():
            pairs = match(gold, pred, thr)
            counter["tp"] += len(pairs)
            counter["gold"] += len(gold)
            counter["pred"] += len(pred)
            counter["speaker"] += sum(speaker_right(g, p, text, people) for g, p in pairs)
            counter["speaker_span"] += sum(speaker_right(g, p) for g, p in pairs)
            for g in gold:  # recall per kind of quote, when the gold says it
                if g.get("kind"):
                    counter[f"gold {g['kind']}"] += 1
            for g, _ in pairs:
                if g.get("kind"):
                    counter[f"tp {g['kind']}"] += 1
            if thr == 0.3 and misses:
                _collect_errors(text, gold, pred, pairs, errors, people)
    elapsed = time.perf_counter() - t0
    if misses:
        _print_errors(name, errors, misses)
    row: dict[str, Any] = {"set": name, "articles": len(docs), "seconds": round(elapsed, 1)}
    for thr, c in results.items():
        p = c["tp"] / c["pred"] if c["pred"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        row[f"P@{thr}"], row[f"R@{thr}"], row[f"F1@{thr}"] = round(p, 3), round(r, 3), round(f, 3)
        if thr == 0.3:
            row["speaker_acc"] = round(c["speaker"] / c["tp"], 3) if c["tp"] else 0.0
            row["speaker_span_acc"] = round(c["speaker_span"] / c["tp"], 3) if c["tp"] else 0.0
            for kind in ("direct", "indirect"):
                if c[f"gold {kind}"]:
                    row[f"R {kind}"] = round(c[f"tp {kind}"] / c[f"gold {kind}"], 3)
    return row


def _show(text: str, span: Span | None, width: int = 160) -> str:
    if span is None:
        return "-"
    words = " ".join(text[span[0]:span[1]].split())
    return words if len(words) <= width else words[: width // 2] + " ... " + words[-width // 2:]


def _collect_errors(text: str, gold: list[dict[str, Any]],
                    pred: list[tuple[Span, Span | None, str]],
                    pairs: list[tuple[dict[str, Any], tuple[Span, Span | None, str]]],
                    errors: dict[str, list[str]], people: list[tuple[int, str]]) -> None:
    """Missed gold spans, spurious produced ones and wrong speakers, as readable lines."""
    hit_g = {id(g) for g, _ in pairs}
    hit_p = {id(p) for _, p in pairs}
    for g in gold:
        if id(g) not in hit_g:
            errors["missed"].append(f"[{_show(text, g.get('source'), 40)}] "
                                    f"<{_show(text, g.get('cue'), 30)}> "
                                    f"{_show(text, g['content'])}")
    for p in pred:
        if id(p) not in hit_p:
            errors["spurious"].append(f"[{_show(text, p[1], 40)}] {_show(text, p[0])}")
    for g, p in pairs:
        if not speaker_right(g, p, text, people):
            errors["speaker"].append(
                f"gold [{_show(text, g.get('source'), 40)}|{g.get('reference') or ''}] "
                f"got [{_show(text, p[1], 40)}|{p[2]}] {_show(text, g['content'], 100)}")


def _print_errors(name: str, errors: dict[str, list[str]], n: int) -> None:
    for kind, lines in errors.items():
        print(f"\n## {name}: {kind} ({len(lines)}), first {min(n, len(lines))}")
        for line in lines[:n]:
            print("  " + line)


def own_set(path: Path = OWN_SET, errors: bool = False) -> dict[str, Any]:
    """Per-class precision and recall of the first claim's source kind and certainty on our
    sentences, for both languages together and for each one; with ``errors``, the wrong
    sentences are printed."""
    from newstrace.model import Article, Block

    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    got: list[tuple[str, str, str, str, str]] = []
    firsts = _first_claims(rows, Article, Block)
    for r, c in zip(rows, firsts, strict=True):
        t = r["text"]
        got.append((r["kind"], c.source.kind if c else "none", r["certainty"],
                    c.certainty if c else "none", r["lang"]))
        if (errors and got[-1][:2] != (got[-1][0], got[-1][0])) or (errors and \
                got[-1][2] != got[-1][3]):
            print(f"  want {r['kind']}/{r['certainty']} got {got[-1][1]}/{got[-1][3]}: {t}")
    out = _per_class(got)
    out["sentences"] = len(rows)
    out["languages"] = dict(Counter(r["lang"] for r in rows))
    out["by_language"] = {lang: _per_class([g for g in got if g[4] == lang])
                          for lang in out["languages"]}
    return out


def _first_claims(rows: list[dict[str, Any]], article: Any, block: Any) -> list[Any]:
    """The first claim read in each row.  Rows with the same ``doc`` key, one after the
    other, are the paragraphs of one article, read together as a page is (so that "Il a
    ajouté" can be resolved to the person named before it); other rows stand alone."""
    groups: list[list[dict[str, Any]]] = []
    for r in rows:
        if groups and r.get("doc") is not None and groups[-1][0].get("doc") == r.get("doc"):
            groups[-1].append(r)
        else:
            groups.append([r])
    out: list[Any] = []
    for group in groups:
        text, blocks = "", []
        for n, r in enumerate(group):
            start = len(text) + (2 if text else 0)
            text = f"{text}\n\n{r['text']}" if text else r["text"]
            # A page's first row is its headline, read as the extractor marks one.
            kind = "title" if n == 0 and r.get("doc") is not None else "paragraph"
            blocks.append(block(f"b{n}", kind, r["text"], start, start + len(r["text"]),
                                r["lang"]))
        claims = analyze_article(article(str(group[0].get("doc", "x")), "t", text, tuple(blocks),
                                         language=group[0]["lang"])).claims
        for n in range(len(group)):
            # A claim found twice (a headline restating the lede) is one claim whose
            # evidence is in both blocks: it is each one's.
            out.append(next((c for c in claims if c.evidence and c.evidence[0].block == f"b{n}"),
                            None) or next((c for c in claims
                                           if any(e.block == f"b{n}" for e in c.evidence)), None))
    return out


def _per_class(got: list[tuple[str, str, str, str, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for label, gi, pi in (("source", 0, 1), ("certainty", 2, 3)):
        per = {}
        for cls in sorted({g[gi] for g in got}):
            tp = sum(1 for g in got if g[gi] == cls and g[pi] == cls)
            fp = sum(1 for g in got if g[gi] != cls and g[pi] == cls)
            fn = sum(1 for g in got if g[gi] == cls and g[pi] != cls)
            per[cls] = (round(tp / (tp + fp), 2) if tp + fp else 0.0,
                        round(tp / (tp + fn), 2) if tp + fn else 0.0, tp + fn)
        out[label] = per
        out[f"{label}_accuracy"] = round(sum(g[gi] == g[pi] for g in got) / len(got), 3)
    attributed = [g for g in got if g[0] != "unattributed"]
    out["both_right_attributed"] = (sum(g[0] == g[1] and g[2] == g[3] for g in attributed),
                                    len(attributed))
    out["hedged_or_anonymous_labelled_asserted"] = sum(
        1 for g in got if g[3] == "asserted" and (g[0] == "anonymous" or g[2] != "asserted"))
    return out


def _print_own(own: dict[str, Any]) -> None:
    langs = ", ".join(f"{n} {lang}" for lang, n in own["languages"].items())
    print(f"Own test set, development ({own['sentences']} sentences: {langs})")
    for name, part in [("all", own), *own["by_language"].items()]:
        right, total = part["both_right_attributed"]
        print(f"  [{name}] source kind accuracy {part['source_accuracy']}, certainty accuracy "
              f"{part['certainty_accuracy']}, both right on attributed claims "
              f"{right}/{total} ({right / total if total else 0:.2f}), "
              f"hedged/anonymous labelled asserted: "
              f"{part['hedged_or_anonymous_labelled_asserted']}")
        for label in ("source", "certainty"):
            print(f"    {label:<10} " + "  ".join(f"{k} P{p:.2f}/R{r:.2f} (n={n})"
                                                for k, (p, r, n) in part[label].items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="articles per corpus")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--polnear", choices=("dev", "train"), default="dev",
                    help="PolNeAR part (train to develop rules, dev to check them)")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="list N missed, N spurious and N wrong-speaker spans per corpus")
    ap.add_argument("--cache", action="store_true",
                    help="reuse cached parses (fast re-runs while rules change)")
    ap.add_argument("--only", choices=("own", "polnear", "ggt", "blind"), default=None)
    ap.add_argument("--quotes-data", type=Path, action="append", default=None, metavar="FILE",
                    help="our blind quote articles (JSON lines: id, lang, text, quotes), "
                         "scored like GGT; repeatable (default: bench/quotes_blind_*.jsonl "
                         "and bench/quotes_heldout_*.jsonl)")
    ap.add_argument("--own-data", type=Path, default=OWN_SET, metavar="FILE",
                    help="another set of our sentences (JSON lines: lang, text, kind, "
                         "certainty), e.g. bench/claims_blind_fren.jsonl; wrong ones printed")
    args = ap.parse_args()
    own = own_set(args.own_data, errors=args.own_data != OWN_SET) \
        if args.only in (None, "own") else None
    corpora = []
    if SHARED.exists():
        if args.only in (None, "polnear"):
            corpora.append(score_corpus(f"PolNeAR {args.polnear}",
                                        polnear(args.limit, args.polnear), attributions=True,
                                        cache=args.cache, misses=args.misses))
        if args.only in (None, "ggt"):
            corpora.append(score_corpus("GGT English", ggt(args.limit), cache=args.cache,
                                        misses=args.misses))
    if args.only in (None, "blind"):
        for path in args.quotes_data or [*sorted(ROOT.glob("bench/quotes_blind_*.jsonl")),
                                         *sorted(ROOT.glob("bench/quotes_heldout_*.jsonl"))]:
            corpora.append(score_corpus(path.stem.removeprefix("quotes_").replace("_", " "),
                                        blind_quotes(path, args.limit), attributions=True,
                                        cache=args.cache, misses=args.misses, merge=False))
    if args.json:
        print(json.dumps({"own_set": own, "corpora": corpora}, indent=2))
        return 0
    if own is not None:
        _print_own(own)
    if corpora:
        cols = ["set", "articles", "P@0.3", "R@0.3", "F1@0.3", "F1@0.8", "speaker_acc",
            "speaker_span_acc", "seconds"]
        print("\n| " + " | ".join(cols) + " |")
        print("|" + "---|" * len(cols))
        for row in corpora:
            print("| " + " | ".join(str(row[c]) for c in cols) + " |")
        for row in corpora:
            if "R direct" in row:
                print(f"{row['set']}: recall@0.3 of direct quotes {row['R direct']}, of "
                      f"indirect ones {row.get('R indirect', '-')}")
        print("Published (same method, other sets): Gender Gap Tracker F1@0.3 0.837, speaker 0.865")
    return 0


if __name__ == "__main__":
    sys.exit(main())
