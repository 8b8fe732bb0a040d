#!/usr/bin/env python3
"""Writes N fictional news articles as JSONL (news-please fields) for the ingest benchmark.

Usage: generate.py N OUT.jsonl [--seed S]

Every article is distinct (so each gets its own content id) and 2-4 KB long, built from a fixed vocabulary of made-up
towns, people and outlets; nothing is taken from real articles.
"""
import json
import random
import sys

TOWNS = ["Kessel", "Marlow Bay", "Ostrava Point", "Lindqvist", "Harrowgate", "Vennholm", "Calder Reach", "Solberg"]
PEOPLE = ["Lena Brandt", "Tomas Quill", "Ada Merriweather", "Iwan Petrov", "Rosa Almeida", "Keir Okafor", "Mia Lindahl"]
ROLES = ["mayor", "harbour minister", "union leader", "council spokesperson", "police chief", "transport director"]
OUTLETS = ["Meridian Post", "Harbour Gazette", "Lindqvist Courier", "Northgate Observer", "Coastline Herald"]
TOPICS = ["the new ferry timetable", "repairs to the old bridge", "a strike at the container terminal",
          "the budget for the school year", "flooding on the coast road", "a plan to close the night bus"]
VERBS = ["said", "told reporters", "announced", "warned", "confirmed", "claimed"]


def sentence(rng, i):
    person, role, town = rng.choice(PEOPLE), rng.choice(ROLES), rng.choice(TOWNS)
    topic, verb = rng.choice(TOPICS), rng.choice(VERBS)
    n = rng.randint(2, 950)
    kind = rng.randint(0, 3)
    if kind == 0:
        return f'"We will not accept {topic} without a vote," {role} {person} {verb} in {town} on Monday.'
    if kind == 1:
        return f"{person}, the {role} of {town}, {verb} that {topic} would cost {n} million crowns by {2026 + n % 5}."
    if kind == 2:
        return f"According to the {rng.choice(OUTLETS)}, {n} residents of {town} signed a petition about {topic}."
    return f"Officials in {town} {verb} that {topic} may be delayed until at least week {n % 52 + 1} (item {i})."


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    if len(args) < 2:
        sys.exit(__doc__)
    count, path = int(args[0]), args[1]
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(count):
            town, topic = rng.choice(TOWNS), rng.choice(TOPICS)
            paragraphs = []
            for _ in range(rng.randint(4, 7)):
                paragraphs.append(" ".join(sentence(rng, i) for _ in range(rng.randint(2, 4))))
            record = {
                "title": f"{town}: row over {topic} ({i})",
                "maintext": "\n\n".join(paragraphs),
                "date_publish": f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d} {i % 24:02d}:{i % 60:02d}:00",
                "source_domain": rng.choice(OUTLETS).lower().replace(" ", "-") + ".example",
                "url": f"https://news.example/{i}",
                "language": "en",
                "authors": [rng.choice(PEOPLE)],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
