"""The extraction scorer's matching rules (GUIDELINES.md conventions)."""

from __future__ import annotations

from fvmdocs.extract.evaluate import pair_timexes


def test_same_words_pair_before_containing_words() -> None:
    # "i höst" (a heading) must not take the gold "i höstas" from the later exact prediction
    predicted = [("i höst", "2025-FA"), ("i höstas", "2024-FA")]
    gold = [("i höstas", "2024-FA"), ("i höst", "2025-FA")]
    pairs = pair_timexes(predicted, gold)
    assert sorted(pairs) == sorted([(("i höstas", "2024-FA"), ("i höstas", "2024-FA")), (("i höst", "2025-FA"), ("i höst", "2025-FA"))])


def test_relaxed_span_pairs_prepositions() -> None:
    assert pair_timexes([("tisdagen", "2025-03-18")], [("på tisdagen", "2025-03-18")]) == [
        (("tisdagen", "2025-03-18"), ("på tisdagen", "2025-03-18"))
    ]
    assert pair_timexes([("maj", "2025-05")], [("den 20 november", "2024-11-20")]) == []


def test_a_vgr_body_qualified_by_the_region_is_the_bare_body() -> None:
    from fvmdocs.extract.evaluate import _norm_actor

    assert _norm_actor("regionfullmäktige i Västra Götaland") == _norm_actor("regionfullmäktige")
    assert _norm_actor("kommunstyrelsen i Lerum") == "kommunstyrelsen i lerum"


def test_a_body_owned_by_the_page_s_own_company_is_the_body_alone() -> None:
    from fvmdocs.extract.evaluate import _norm_actor

    assert _norm_actor("bolagets ledningsgrupp") == _norm_actor("ledningsgruppen") == "ledningsgruppen"
    assert _norm_actor("Bolagets produktionsledning") == "produktionsledningen"
    assert _norm_actor("föreningens styrelse") == "styrelsen"
    # a named owner keeps its body, and a longer name is left as written
    assert _norm_actor("Västkoms styrelse") == "västkoms styrelse"
    assert _norm_actor("föreningens styrelse för fonden") == "föreningens styrelse för fonden"
    # an adjective before the body: "Klubbens idrottsmedicinska grupp … Den idrottsmedicinska gruppen"
    assert _norm_actor("klubbens idrottsmedicinska grupp") == _norm_actor("idrottsmedicinska gruppen")
    assert _norm_actor("bolagets kundteam") == _norm_actor("kundteamet") == "kundteamet"
    # a society is an association too: "Sällskapets friskvårdsgrupp … Friskvårdsgruppen utsåg"
    assert _norm_actor("sällskapets friskvårdsgrupp") == _norm_actor("friskvårdsgruppen") == "friskvårdsgruppen"


def test_an_office_and_its_one_named_holder_are_the_same_decider() -> None:
    from fvmdocs.extract.evaluate import _office_holders

    holder = _office_holders({"roles": [{"person": "Ann-Sofi Lodin", "title": "regiondirektör", "org": None}]})
    assert holder("regiondirektören") == holder("Ann-Sofi Lodin") == "Ann-Sofi Lodin"
    assert holder("regionstyrelsen") == "regionstyrelsen"
    assert _office_holders({"roles": []})("regiondirektören") == "regiondirektören"


def test_a_body_named_by_its_kind_alone_is_the_pages_one_body_of_that_kind() -> None:
    from fvmdocs.extract.evaluate import _bare_bodies

    bare = _bare_bodies({"decisions": [{"by": "miljönämnden"}, {"by": "nämnden"}, {"by": "programmets styrgrupp"}]})
    assert bare("Nämnden") == bare("miljönämnden") == "miljönämnden"
    assert bare("styrgruppen") == "programmets styrgrupp"
    group = _bare_bodies({"decisions": [{"by": "nätverkets arbetsgrupp"}, {"by": "arbetsgruppen"}]})
    assert group("Arbetsgruppen") == "nätverkets arbetsgrupp"  # "Nätverkets arbetsgrupp tog … Arbetsgruppen gav"
    panel = _bare_bodies({"decisions": [{"by": "hälsopanelen"}]})
    assert panel("Panelen") == "hälsopanelen"  # "Hälsopanelen valde … Panelen beslutade samtidigt"
    assert bare("kommittén") == "kommittén"  # no committee named in full
    assert bare("styrelsen") == "styrelsen"  # the page's own board keeps its name
    two = _bare_bodies({"decisions": [{"by": "miljönämnden"}, {"by": "kulturnämnden"}]})
    assert two("nämnden") == "nämnden"  # two committees: no telling which
    named = _bare_bodies({"decisions": [{"by": "förvaltningsgruppen för obduktionsportalen"}, {"by": "programledningen för program millennium"}]})
    assert named("Förvaltningsgruppen") == "förvaltningsgruppen för obduktionsportalen"
    assert named("programledningen") == "programledningen för program millennium"
    # a body the gold names both by its word and in full is one body
    one = _bare_bodies({"decisions": [{"by": "förarrådet i Speedwayklubben Kedjan"}, {"by": "förarrådet"}, {"by": "rådet"}]})
    assert one("Rådet") == "förarrådet i Speedwayklubben Kedjan"


def test_a_word_alone_is_the_one_body_whose_full_name_opens_with_it() -> None:
    from fvmdocs.extract.evaluate import _bare_bodies

    bare = _bare_bodies({"decisions": [{"by": "arbetsgruppen i Palliativt nätverk Väst"}, {"by": "styrelsen för Idrottsmedicinska föreningen Väst"}]})
    assert bare("Arbetsgruppen") == "arbetsgruppen i Palliativt nätverk Väst"
    assert bare("styrelsen") == "styrelsen för Idrottsmedicinska föreningen Väst"  # the page's own board, in full
    assert bare("nätverket") == "nätverket"  # no network named in full
    other = _bare_bodies({"decisions": [{"by": "regionstyrelsen"}, {"by": "regionstyrelsen i Region Skåne"}]})
    assert other("regionstyrelsen") == "regionstyrelsen"  # VGR's board is a body of its own
    two = _bare_bodies({"decisions": [{"by": "styrelsen för SÄS"}, {"by": "styrelsen för NU-sjukvården"}]})
    assert two("styrelsen") == "styrelsen"
    council = _bare_bodies({"decisions": [{"by": "regionfullmäktige"}, {"by": "fullmäktige"}]})
    assert council("fullmäktige") == "regionfullmäktige"  # "Men fullmäktige gav samtidigt"
    # the other way round: the gold wrote the word alone, the extractor the full name
    alone = _bare_bodies({"decisions": [{"by": "styrelsen"}, {"by": "Ann-Sofi Lodin"}]})
    assert alone("styrelsen för Skogsägarna") == "styrelsen"
    assert alone("regionstyrelsen i Region Skåne") == "regionstyrelsen i Region Skåne"  # another word
    both = _bare_bodies({"decisions": [{"by": "styrelsen"}, {"by": "styrelsen för SÄS"}]})
    assert both("styrelsen för NU-sjukvården") == "styrelsen för NU-sjukvården"  # the gold names one in full


def test_a_decision_dated_by_a_part_of_day_is_dated_by_its_day() -> None:
    from fvmdocs.extract.evaluate import _day

    assert _day("2025-11-11TEV") == _day("2025-11-11") == "2025-11-11"
    assert _day("2025-11-25T19:00") == "2025-11-25"  # a clock time, too
    assert _day("2025-W46") == "2025-W46"
    assert _day(None) is None


def test_an_event_dated_by_a_part_of_day_is_scored_by_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    from collections import defaultdict
    from datetime import date

    from fvmdocs.extract.document import extract_facts
    from fvmdocs.extract.evaluate import Tally, score_page

    text = "Ett falskt mejl kom i tisdags. VGR IT beslutade samma kväll att blockera avsändaren."
    facts = extract_facts(nlp(text), published=date(2024, 11, 14), doc_id="x", version=1)
    assert [e.date.value for e in facts.events if e.date] == ["2024-11-12TEV"]
    gold = {"timexes": [], "people": [], "roles": [], "quotes": [], "decisions": [],
            "events": [{"type": "decision", "date": "2024-11-12", "status": "happened"}]}
    tallies: dict[str, Tally] = defaultdict(Tally)
    score_page(facts, gold, tallies)
    assert tallies["events"].tp == 1


def test_a_programme_body_named_after_the_programme_is_the_programmes() -> None:
    from fvmdocs.extract.evaluate import _norm_actor

    long_name = "styrgruppen för Västra Götalandsregionens program Framtidens vårdinformationsmiljö"
    assert _norm_actor(long_name) == _norm_actor("styrgruppen för FVM") == "programmets styrgrupp"
    assert _norm_actor("styrgruppen för projektet") == "styrgruppen för projektet"


def test_a_range_told_in_words_is_scored_as_its_two_ends() -> None:
    from fvmdocs.extract.evaluate import scored_timexes
    from fvmdocs.extract.facts import TimexFact

    words = TimexFact("från vecka 42 till vecka 45", "DATE", "2026-W42", 0, 27, range_end="2026-W45")
    dash = TimexFact("vecka 45–47", "DATE", "2026-W45/2026-W47", 30, 41, range_end="2026-W47")
    assert scored_timexes([words, dash]) == [
        ("vecka 42", "2026-W42"), ("vecka 45", "2026-W45"), ("vecka 45–47", "2026-W45/2026-W47")
    ]


def test_a_compound_body_alone_is_the_one_body_named_in_full_with_it() -> None:
    from fvmdocs.extract.evaluate import _bare_bodies

    bare = _bare_bodies({"decisions": [{"by": "programmets kravgrupp för neurosjukvård"}, {"by": "kravgruppen"}]})
    assert bare("Kravgruppen") == "programmets kravgrupp för neurosjukvård"  # "Programmets kravgrupp … Kravgruppen gav"
    own = _bare_bodies({"decisions": [{"by": "tränarrådet i Kastföreningen Linjen i Vänersborg"}, {"by": "tränarrådet"}]})
    assert own("tränarrådet") == "tränarrådet i Kastföreningen Linjen i Vänersborg"
    two = _bare_bodies({"decisions": [{"by": "nätverkets kravgrupp"}, {"by": "klinikens kravgrupp"}]})
    assert two("kravgruppen") == "kravgruppen"  # two such bodies: no telling which
    region = _bare_bodies({"decisions": [{"by": "regionstyrelsen"}, {"by": "hälso- och sjukvårdsnämnden i Region Skåne"}]})
    assert region("hälso- och sjukvårdsnämnden") == "hälso- och sjukvårdsnämnden"  # not a compound word alone
