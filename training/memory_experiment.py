"""Label memory after the NER: an experiment for issue #4 (no retraining of the model).

Idea: the training split says how often each exact entity string is tagged PER, ORG, LOC,
MISC or left untagged ("Europa": LOC 12, PER 2). After the NER, an entity whose text has a
strong, frequent *other* label in training is relabelled; optionally, a prediction whose text
is nearly always untagged in training is dropped, and an untagged occurrence of a string that
is nearly always an entity is added.

Honesty of the figures: the memory is built from the train split only. Thresholds are chosen
on five folds of the train split (memory from four folds, applied to the shipped model's
predictions on the fifth); the dev split is scored once per final setting, with the memory
built from the whole train split, and compared with the shipped pipeline by a paired
bootstrap over dev sentences. Caveat: the model was trained on the train split and scores
F1 0.99 there, so the folds show mostly the *harm* a setting does (relabelling a correct
prediction), hardly its gain.

Result (MODEL_CARD.md, "Variants compared"): no setting fixes a single error on the folds;
every setting that edits anything there breaks correct entities (mostly towns that are also
clubs: "Malmö", "Djurgården"). On dev the fold-approved settings change nothing: 26 of the
32 PER false positives are strings the memory has no entry for. Not shipped.

    python -m training.memory_experiment            # grid on the train folds, then dev
    python -m training.memory_experiment --dev      # only the final settings on dev

Predictions of the shipped model (before ``fvmdocs_names`` and the gazetteer, which run again
here) are cached in ``training/output/memory/predictions.json``, keyed by the model's weights.
The scores reproduce ``training.evaluate.score`` on dev (all labels 0.775, PER 0.860), but are
kept per sentence for the bootstrap.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from training.evaluate import Entity, SentenceCounts, paired_bootstrap, prf, sentence_counts

REPO_ROOT = Path(__file__).resolve().parent.parent
OUTPUT = REPO_ROOT / "training" / "output" / "memory"
LABELS = ("PER", "ORG", "LOC", "MISC")
UNTAGGED = "O"
MAX_WORDS = 4  # longest untagged word sequence counted
N_FOLDS = 5
FOLD_SEED = 20240517


@dataclass(frozen=True)
class Setting:
    """Thresholds of the label memory."""

    min_count: int = 3  # occurrences with the other label; 0: no relabelling
    min_share: float = 0.9  # share of the other label among tagged (or all) occurrences
    share_of_all: bool = False  # count untagged occurrences in the share's denominator
    never_predicted: bool = True  # the predicted label never seen for the string
    fallback: bool = False  # also look up lower-cased / genitive-stripped forms
    drop_min: int = 0  # 0: no dropping; else untagged occurrences needed to drop
    drop_share: float = 0.95
    add_min: int = 0  # 0: no adding; else tagged occurrences needed to add
    add_share: float = 0.95
    position: str = "before_names"  # or "after_gazetteer"
    only: tuple[str, ...] = LABELS  # predicted labels the memory may change or drop; added labels

    def label(self) -> str:
        parts = [
            "+".join(self.only) if self.only != LABELS else "all-labels",
            f"n{self.min_count}",
            f"s{self.min_share:g}",
            "all" if self.share_of_all else "tag",
            "never" if self.never_predicted else "any",
        ]
        if self.fallback:
            parts.append("fold")
        if self.drop_min:
            parts.append(f"drop{self.drop_min}/{self.drop_share:g}")
        if self.add_min:
            parts.append(f"add{self.add_min}/{self.add_share:g}")
        parts.append("pre" if self.position == "before_names" else "post")
        return " ".join(parts)


# --- the memory -------------------------------------------------------------------------


def build_counts(sentences: Iterable[Any]) -> dict[str, Counter[str]]:
    """Entity text -> label counts, plus untagged occurrences of capitalised/known strings."""
    from spacy.vocab import Vocab

    from training.convert import to_doc

    vocab = Vocab()
    docs = [to_doc(vocab, sentence) for sentence in sentences]
    counts: dict[str, Counter[str]] = {}
    for doc in docs:
        for ent in doc.ents:
            counts.setdefault(ent.text, Counter())[ent.label_] += 1
    for doc in docs:
        tagged = [token.ent_type_ != "" for token in doc]
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + MAX_WORDS) + 1):
                if tagged[end - 1]:
                    break
                text = doc[start:end].text
                if text in counts or text[:1].isupper():
                    counts.setdefault(text, Counter())[UNTAGGED] += 1
    return counts


def fallback_counts(counts: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    """Tagged counts under the lower-cased key (genitive forms are looked up stripped)."""
    folded: dict[str, Counter[str]] = {}
    for text, counter in counts.items():
        tagged = Counter({k: v for k, v in counter.items() if k != UNTAGGED})
        if tagged:
            folded.setdefault(text.lower(), Counter()).update(tagged)
    return folded


def genitive_base(text: str) -> str | None:
    """Europas -> Europa, VGR:s -> VGR; None when not a genitive form."""
    if text.endswith(":s"):
        return text[:-2]
    if text.endswith("s") and len(text) > 3:
        return text[:-1]
    return None


class Memory:
    """Counts from the train split and the decisions a setting takes on them."""

    def __init__(self, counts: dict[str, Counter[str]], setting: Setting) -> None:
        self.counts = counts
        self.folded = fallback_counts(counts) if setting.fallback else {}
        self.setting = setting

    def lookup(self, text: str) -> tuple[Counter[str], bool] | None:
        """(counts, exact); fallbacks carry tagged counts only."""
        if text in self.counts:
            return self.counts[text], True
        if not self.setting.fallback:
            return None
        base = genitive_base(text)
        for key in (text, base):
            if key is None:
                continue
            if key in self.counts:
                tagged = Counter({k: v for k, v in self.counts[key].items() if k != UNTAGGED})
                return tagged, False
            if key.lower() in self.folded:
                return self.folded[key.lower()], False
        return None

    def decide(self, text: str, label: str) -> str | None:
        """The label to give a predicted entity: itself, another, or None to drop it."""
        found = self.lookup(text)
        if found is None or label not in self.setting.only:
            return label
        counter, exact = found
        s = self.setting
        tagged = sum(v for k, v in counter.items() if k != UNTAGGED)
        untagged = counter[UNTAGGED] if exact else 0
        total = tagged + untagged
        if s.drop_min and untagged >= s.drop_min and untagged / total >= s.drop_share:
            return None
        others = [(counter[other], other) for other in LABELS if other != label]
        best_count, best = max(others)
        base = total if s.share_of_all else tagged
        if (
            s.min_count
            and best_count >= s.min_count
            and best_count / base >= s.min_share
            and not (s.never_predicted and counter[label] > 0)
        ):
            return best
        return label

    def additions(self) -> dict[str, str]:
        """Strings to tag where the model tagged nothing: text -> label."""
        s = self.setting
        if not s.add_min:
            return {}
        added = {}
        for text, counter in self.counts.items():
            tagged = sum(v for k, v in counter.items() if k != UNTAGGED)
            if not tagged:
                continue
            best_count, best = max((counter[label], label) for label in LABELS)
            if (
                best in s.only
                and best_count >= s.add_min
                and best_count / sum(counter.values()) >= s.add_share
            ):
                added[text] = best
        return added


def apply_memory(doc: Any, memory: Memory, matcher: Any) -> Any:
    """Relabel/drop entities by memory; add memory strings the model left untagged."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    entities = []
    for ent in doc.ents:
        if ent.ent_id_:  # a gazetteer match: its own authority
            entities.append(ent)
            continue
        label = memory.decide(ent.text, ent.label_)
        if label == ent.label_:
            entities.append(ent)
        elif label is not None:
            entities.append(Span(doc, ent.start, ent.end, label=label))
    if matcher is not None:
        taken = {i for ent in entities for i in range(ent.start, ent.end)}
        found = [
            Span(doc, start, end, label=doc.vocab.strings[match_id])
            for match_id, start, end in matcher(doc)
            if not taken.intersection(range(start, end))
        ]
        entities += filter_spans(found)
    doc.ents = sorted(entities, key=lambda span: span.start)
    return doc


def make_matcher(nlp: Any, memory: Memory) -> Any:
    """PhraseMatcher over the memory's additions, or None."""
    from spacy.matcher import PhraseMatcher

    additions = memory.additions()
    if not additions:
        return None
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for text, label in additions.items():
        matcher.add(label, [nlp.make_doc(text)])
    return matcher


# --- predictions and scores ---------------------------------------------------------------


def model_fingerprint() -> str:
    """A hash of the shipped NER weights: cached predictions of another model are not reused."""
    from fvmdocs.nlp import MODEL_DIR

    digest = hashlib.sha256()
    for part in ("tok2vec/model", "ner/model"):
        digest.update((MODEL_DIR / part).read_bytes())
    return digest.hexdigest()[:16]


def cache_predictions(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Text, gold and NER-stage (before names and gazetteer) entities of train and dev."""
    fingerprint = model_fingerprint()
    if path.is_file():
        cached: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if cached.get("model") == fingerprint:
            return {"train": cached["train"], "dev": cached["dev"]}
    from spacy.vocab import Vocab

    from fvmdocs.nlp import load_pipeline
    from training.convert import load_split, to_doc

    nlp = load_pipeline()
    vocab = Vocab()
    result: dict[str, list[dict[str, Any]]] = {}
    for name, sentences in zip(("train", "dev"), load_split(), strict=True):
        gold = [to_doc(vocab, sentence) for sentence in sentences]
        rows = []
        with nlp.select_pipes(disable=["fvmdocs_names", "fvmdocs_gazetteer"]):
            for sentence, gold_doc, doc in zip(
                sentences, gold, nlp.pipe([d.text for d in gold], batch_size=64), strict=True
            ):
                rows.append(
                    {
                        "words": list(sentence.words),
                        "tags": list(sentence.tags),
                        "text": doc.text,
                        "gold": [[e.start_char, e.end_char, e.label_] for e in gold_doc.ents],
                        "ner": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
                    }
                )
        result[name] = rows
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"model": fingerprint, **result}, ensure_ascii=False), "utf-8")
    return result


def gold_entities(rows: Sequence[dict[str, Any]]) -> list[set[Entity]]:
    """The gold entities of each cached sentence."""
    return [{(start, end, label) for start, end, label in row["gold"]} for row in rows]


def predict(nlp: Any, rows: Sequence[dict[str, Any]], memory: Memory | None) -> list[set[Entity]]:
    """Full-pipeline entities per sentence, with the memory at its position (or none)."""
    sentencizer = nlp.get_pipe("fvmdocs_sentences")
    names = nlp.get_pipe("fvmdocs_names")
    gazetteer = nlp.get_pipe("fvmdocs_gazetteer")
    matcher = make_matcher(nlp, memory) if memory else None
    position = memory.setting.position if memory else ""
    predictions = []
    for row in rows:
        doc = sentencizer(nlp.make_doc(row["text"]))
        doc.ents = [doc.char_span(start, end, label=label) for start, end, label in row["ner"]]
        if memory and position == "before_names":
            doc = apply_memory(doc, memory, matcher)
        doc = gazetteer(names(doc))
        if memory and position == "after_gazetteer":
            doc = apply_memory(doc, memory, matcher)
        predictions.append({(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents})
    return predictions


# --- the experiment -----------------------------------------------------------------------


def folds(n: int) -> list[list[int]]:
    """Seeded split of train sentence indices into ``N_FOLDS`` folds."""
    order = list(range(n))
    random.Random(FOLD_SEED).shuffle(order)
    return [sorted(order[k::N_FOLDS]) for k in range(N_FOLDS)]


def grid() -> list[Setting]:
    """The settings tried on the train folds: relabelling, dropping, adding, one at a time."""
    settings = []
    for only, min_count, min_share, share_of_all, never, fallback, position in itertools.product(
        (LABELS, ("PER",)),
        (2, 3, 5),
        (0.8, 0.9, 1.0),
        (False, True),
        (True, False),
        (False, True),
        ("before_names", "after_gazetteer"),
    ):
        settings.append(
            Setting(
                min_count, min_share, share_of_all, never, fallback, position=position, only=only
            )
        )
    for only, drop_min, drop_share in itertools.product(
        (LABELS, ("PER",)), (3, 5, 10), (0.9, 0.95, 1.0)
    ):
        settings.append(Setting(min_count=0, drop_min=drop_min, drop_share=drop_share, only=only))
    for only, add_min, add_share in itertools.product(
        (LABELS, ("PER",)), (3, 5, 10), (0.9, 0.95, 1.0)
    ):
        settings.append(Setting(min_count=0, add_min=add_min, add_share=add_share, only=only))
    return settings


@dataclass
class FoldResult:
    """A setting's per-sentence counts over the train folds and the edits it made."""

    setting: Setting | None
    counts: list[SentenceCounts]
    # Entity edits (a relabelling is two: the old span removed, the new one added).
    fixes: int = 0  # edits that remove an error
    breaks: int = 0  # edits that add one


def edits(
    rows: Sequence[dict[str, Any]],
    base: Sequence[set[Entity]],
    new: Sequence[set[Entity]],
) -> tuple[int, int]:
    """(fixes, breaks): entities added or removed relative to ``base``, judged by gold."""
    fixes = breaks = 0
    for row, before, after in zip(rows, base, new, strict=True):
        gold = {(start, end, label) for start, end, label in row["gold"]}
        added, removed = after - before, before - after
        fixes += len(added & gold) + len(removed - gold)
        breaks += len(added - gold) + len(removed & gold)
    return fixes, breaks


def fold_scores(
    nlp: Any, train: Sequence[dict[str, Any]], settings: Sequence[Setting]
) -> list[FoldResult]:
    """Each setting over the train folds, memory from the other folds; the first is no memory."""
    from training.convert import TaggedSentence

    parts = folds(len(train))
    memories = []
    for k in range(len(parts)):
        rest = [i for j, part in enumerate(parts) if j != k for i in part]
        sentences = [
            TaggedSentence(tuple(train[i]["words"]), tuple(train[i]["tags"])) for i in rest
        ]
        memories.append(build_counts(sentences))
    fold_rows = [[train[i] for i in held_out] for held_out in parts]
    base = [predict(nlp, rows, None) for rows in fold_rows]
    results = [
        FoldResult(
            None,
            [
                counts
                for rows, before in zip(fold_rows, base, strict=True)
                for counts in sentence_counts(gold_entities(rows), before)
            ],
        )
    ]
    for setting in settings:
        result = FoldResult(setting, [])
        for rows, before, memory_counts in zip(fold_rows, base, memories, strict=True):
            after = predict(nlp, rows, Memory(memory_counts, setting))
            result.counts += sentence_counts(gold_entities(rows), after)
            fixes, breaks = edits(rows, before, after)
            result.fixes += fixes
            result.breaks += breaks
        results.append(result)
    return results


def report_row(name: str, counts: list[SentenceCounts]) -> str:
    """``name  PER p/r/f  ORG ...`` on one line."""
    cells = []
    for label in ("PER", "ORG", "LOC", "MISC", "ALL"):
        p, r, f = prf(counts, label)
        cells.append(f"{label} {p:.3f}/{r:.3f}/{f:.3f}")
    return f"{name:<48} " + "  ".join(cells)


# The settings scored on dev, fixed after the folds: the first two are those the folds find
# harmless (no edit that breaks a correct prediction; none fixes one either), the third the
# least harmful that relabels every label (on the folds it mislabels 7 correct entities).
FINAL_SETTINGS = (
    Setting(only=("PER",), min_count=3, min_share=0.9),
    Setting(
        only=("PER",),
        min_count=3,
        min_share=0.9,
        fallback=True,
        drop_min=3,
        drop_share=0.9,
        add_min=3,
        add_share=0.9,
    ),
    Setting(min_count=5, min_share=0.9),
)
# Not a candidate: chosen by looking at dev (the only PER confusion the memory can reach is
# "Europa", LOC 12 / PER 2 in train); printed as the most a PER relabelling could gain there.
# On the train folds it mislabels 3 correct PER entities and fixes none.
DEV_CEILING = Setting(only=("PER",), min_count=2, min_share=0.8, never_predicted=False)


def run_folds(nlp: Any, train: Sequence[dict[str, Any]], top: int) -> None:
    """Score the grid on the train folds; print the best and write ``folds.json``."""
    results = fold_scores(nlp, train, grid())
    baseline = results[0].counts
    print(report_row("train folds: shipped", baseline))

    def gain(result: FoldResult) -> float:
        return prf(result.counts, "ALL")[2] - prf(baseline, "ALL")[2]

    ranked = sorted(results[1:], key=lambda r: (gain(r), -r.breaks), reverse=True)
    for result in ranked[:top]:
        assert result.setting is not None
        print(
            report_row(result.setting.label(), result.counts),
            f"ALL {gain(result):+.4f} fixes {result.fixes} breaks {result.breaks}",
        )
    print(
        f"{len(ranked)} settings: {sum(r.fixes > 0 for r in ranked)} fix an error, "
        f"{sum(r.breaks == 0 for r in ranked)} break nothing, "
        f"{sum(r.fixes == r.breaks == 0 for r in ranked)} edit nothing"
    )
    rows = [
        {
            "setting": asdict(r.setting) if r.setting else None,
            "all_f1_gain": gain(r),
            "fixes": r.fixes,
            "breaks": r.breaks,
            **{label: prf(r.counts, label) for label in (*LABELS, "ALL")},
        }
        for r in ranked
    ]
    (OUTPUT / "folds.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")


def reach(
    dev: Sequence[dict[str, Any]],
    predictions: Sequence[set[Entity]],
    counts: dict[str, Counter[str]],
) -> None:
    """What any relabelling could do on dev: predictions against the train majority label."""
    seen = wrong = wrong_seen = 0
    disagree = []
    for row, pred in zip(dev, predictions, strict=True):
        gold = {(start, end): label for start, end, label in row["gold"]}
        for start, end, label in sorted(pred):
            text = row["text"][start:end]
            tagged = {k: v for k, v in counts.get(text, Counter()).items() if k != UNTAGGED}
            correct = gold.get((start, end)) == label
            wrong += not correct
            if not tagged:
                continue
            seen += 1
            wrong_seen += not correct
            majority = max(tagged, key=lambda k: tagged[k])
            if majority != label:
                effect = "fix" if gold.get((start, end)) == majority else "-"
                effect = "break" if correct else effect
                disagree.append((text, label, gold.get((start, end), "-"), tagged, effect))
    effects = Counter(item[-1] for item in disagree)
    print(
        f"dev predictions {sum(map(len, predictions))}: text tagged in train {seen}; "
        f"wrong {wrong}, of which text tagged in train {wrong_seen}; "
        f"{len(disagree)} against the train majority label (relabelling them all: "
        f"{effects['fix']} fixed, {effects['break']} broken):"
    )
    for text, label, gold_label, tagged, effect in disagree:
        print(f"   {text!r:28} predicted {label:<4} gold {gold_label:<4} train {tagged} {effect}")


def run_dev(
    nlp: Any,
    train: Sequence[dict[str, Any]],
    dev: Sequence[dict[str, Any]],
    settings: Sequence[Setting],
    ceiling: Setting | None = None,
) -> None:
    """Each setting on dev (memory from the whole train split), with bootstrap intervals."""
    from training.convert import TaggedSentence

    counts = build_counts(TaggedSentence(tuple(r["words"]), tuple(r["tags"])) for r in train)
    shipped = predict(nlp, dev, None)
    base = sentence_counts(gold_entities(dev), shipped)
    reach(dev, shipped, counts)
    print(report_row("dev: shipped", base))
    for setting in [*settings, *([ceiling] if ceiling else [])]:
        new = sentence_counts(gold_entities(dev), predict(nlp, dev, Memory(counts, setting)))
        name = "dev-tuned ceiling" if setting is ceiling else "dev"
        print(report_row(f"{name}: {setting.label()}", new))
        for label, (point, low, high) in paired_bootstrap(base, new).items():
            print(f"   {label:<4} delta F1 {point:+.3f}  95 % [{low:+.3f}, {high:+.3f}]")


def parse_setting(raw: str) -> Setting:
    """A setting from JSON: ``{"only": ["PER"], "min_count": 3}``."""
    fields = json.loads(raw)
    if "only" in fields:
        fields["only"] = tuple(fields["only"])
    return Setting(**fields)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", action="store_true", help="only the grid on the train folds")
    parser.add_argument("--dev", action="store_true", help="only the final settings on dev")
    parser.add_argument(
        "--setting", action="append", default=[], metavar="JSON", help="score this on dev instead"
    )
    parser.add_argument("--top", type=int, default=25, help="fold results to print")
    args = parser.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from fvmdocs.nlp import load_pipeline

    nlp = load_pipeline()
    data = cache_predictions(OUTPUT / "predictions.json")
    if not args.dev:
        run_folds(nlp, data["train"], args.top)
    if not args.folds:
        if args.setting:
            run_dev(nlp, data["train"], data["dev"], [parse_setting(raw) for raw in args.setting])
        else:
            run_dev(nlp, data["train"], data["dev"], FINAL_SETTINGS, DEV_CEILING)
    return 0


if __name__ == "__main__":
    sys.exit(main())
