"""Events on short invented pages in the seed's format (invented text): whom statements are
about, speakers' own acts, appeals, towns acting as their government, plural role nouns,
leaving (resignations, withdrawals), hostage taking, and attacks with no object named."""

from __future__ import annotations

import pytest

from geoarticle import parse_text
from geoarticle.models import Article

#: The page's head and a first paragraph that makes it a public-affairs article.
_HEAD = (
    "Invented headline\n\nBy A Writer\n\nPublished: 3 March 2025\n\n"
    "The government of Kenya faced protests over taxes in Nairobi on Monday.\n\n"
)


def _page(*body: str) -> tuple[Article, dict[str, str]]:
    """The parsed page with ``body`` after the head, and actor id -> name."""
    article = parse_text(_HEAD + "".join(body))
    return article, {a.id: a.name for a in article.actors}


def _coded(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(code, source names, target names) of the page's events but the head's protest."""
    article, names = _page(text + "\n")
    return [
        (e.code, [names[s] for s in e.sources], [names[t] for t in e.targets])
        for e in article.events
        if e.root != "14"
    ]


def test_a_speakers_passive_appeal_is_the_speakers_own() -> None:
    """ "X said residents were being asked to ...": the appeal is X's, not a report."""
    article, names = _page(
        "The Kenya Police Service said residents of Nakuru were being asked to avoid the area.\n"
    )
    appeals = [e for e in article.events if e.root == "02"]
    assert [[names[s] for s in e.sources] for e in appeals] == [["Kenya Police Service"]]
    assert appeals[0].modality.value == "asserted"


def test_a_newsroom_told_the_words_is_not_whom_they_are_about() -> None:
    """'"...," X told the Nakuru Courier': the paper carries the words; the target is
    whom they name."""
    article, names = _page(
        "“The government of William Ruto has to listen to farmers,” opposition leader "
        "Raila Odinga told the Nakuru Courier on Tuesday.\n"
    )
    (said,) = [e for e in article.events if names[e.sources[0]] == "Raila Odinga"]
    assert [names[t] for t in said.targets] == ["William Ruto"]


def test_an_appeal_for_an_act_by_someone_is_made_to_them() -> None:
    """ "X called for an inquiry by Y": Y is asked to act (as "restraint from Y")."""
    article, names = _page(
        "Raila Odinga called for a thorough investigation by the Kenya Police Service.\n"
    )
    (appeal,) = [e for e in article.events if e.root == "02"]
    assert [names[t] for t in appeal.targets] == ["Kenya Police Service"]


def test_a_channel_the_words_open_with_is_not_whom_they_are_about() -> None:
    """ "X said on Twitter that Y ...": Twitter is where it was said."""
    article, names = _page(
        "Opposition leader Raila Odinga said on Twitter that William Ruto had ignored "
        "the farmers.\n"
    )
    (said,) = [e for e in article.events if e.sources and names[e.sources[0]] == "Raila Odinga"]
    assert [names[t] for t in said.targets] == ["William Ruto"]


def test_a_speakers_titled_body_is_not_what_the_words_are_about() -> None:
    """'"...," Velcorp President Ann Orrel said': Velcorp is hers, not the quote's subject."""
    article, names = _page(
        "“William Ruto will need help from the farmers,” Kenya Farmers Association "
        "President Ann Orrel said.\n"
    )
    (said,) = [e for e in article.events if e.sources and names[e.sources[0]] == "Ann Orrel"]
    assert [names[t] for t in said.targets] == ["William Ruto"]


def test_words_that_are_the_speakers_own_act_are_that_act_only() -> None:
    """'"I call on Y to ...," X said': one event, the appeal; the saying is not another."""
    article, names = _page(
        "“I call on Uganda to show restraint,” Kenyan President William Ruto said.\n"
    )
    by_ruto = [e.code for e in article.events if "William Ruto" in [names[s] for s in e.sources]]
    assert by_ruto == ["020"]


def test_a_speakers_own_demand_to_no_one_named_is_an_event() -> None:
    """'X says: "We demand full disclosure ..."': a demand, made to no one named."""
    article, names = _page(
        "Lawyer Ann Orrel from the Kenya Land Alliance says: “We demand full disclosure "
        "of the deals signed at the summit.”\n"
    )
    demands = [e for e in article.events if e.root == "10"]
    assert [names[e.sources[0]] for e in demands] == ["Ann Orrel"]
    assert demands[0].targets == ()


def test_a_reported_demand_to_no_one_named_is_no_event() -> None:
    article, _ = _page(
        "Lawyer Ann Orrel from the Kenya Land Alliance demanded full disclosure of the deals.\n"
    )
    assert not [e for e in article.events if e.root == "10"]


def test_a_plural_role_noun_names_everyone_holding_the_role() -> None:
    """ "accused the chiefs of ...": both chiefs the text named."""
    article, names = _page(
        "Chief Tomas Orrel and Principal Chief Ann Velda met the villagers. "
        "Opposition leader Raila Odinga accused the chiefs of taking bribes from Uganda.\n"
    )
    (accused,) = [e for e in article.events if e.root == "11"]
    assert sorted(names[t] for t in accused.targets) == ["Ann Velda", "Tomas Orrel"]


def test_a_town_acting_under_its_name_is_its_government() -> None:
    """ "Mombasa imposed a curfew": the town's government acts (with its state)."""
    article, names = _page("Mombasa, meanwhile, imposed a curfew on alcohol sales on Monday.\n")
    (curfew,) = [e for e in article.events if e.root == "17"]
    assert [names[s] for s in curfew.sources] == ["Mombasa", "Kenya"]


def test_a_town_is_not_the_doer_of_fighting_in_it() -> None:
    article, names = _page("Mombasa shelled the harbour on Monday, Kenyan officials said.\n")
    assert not [
        e for e in article.events if e.root == "19" and "Mombasa" in [names[s] for s in e.sources]
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kenyan Finance Minister John Mbadi resigned on Tuesday.",
            ("083", ["John Mbadi", "Kenya"], []),
        ),
        (
            "John Mbadi resigned from the Kenya Revenue Authority on Tuesday.",
            ("083", ["John Mbadi"], ["Kenya Revenue Authority"]),
        ),
        (
            "John Mbadi's resignation from the Kenya Revenue Authority shocked many.",
            ("083", ["John Mbadi"], ["Kenya Revenue Authority"]),
        ),
        (
            "The United States withdrew from the World Health Organization on Tuesday.",
            ("0874", ["United States"], ["World Health Organization"]),
        ),
    ],
)
def test_what_is_left_is_the_target(text: str, want: tuple[str, list[str], list[str]]) -> None:
    assert want in _coded(text)


def test_a_call_to_resign_is_no_resignation() -> None:
    coded = _coded("Opposition leader Raila Odinga called on John Mbadi to resign.")
    assert [c[0][:2] for c in coded] == ["02"]


def test_a_refusal_to_resign_is_no_resignation() -> None:
    assert not [c for c in _coded("John Mbadi refused to resign on Tuesday.") if c[0] == "083"]


@pytest.mark.parametrize("verb", ["seized", "held", "took"])
def test_hostage_taking_is_181(verb: str) -> None:
    coded = _coded(f"Al-Shabaab {verb} hostages at a Nairobi mall on Sunday.")
    assert [c[0] for c in coded] == ["181"]


def test_a_later_bombardment_falls_on_the_side_struck_before() -> None:
    coded = _coded(
        "Ethiopia's assault on Eritrea has left its hospitals near collapse, officials said.\n\n"
        "The shortages were made worse by Ethiopia's intensive bombardment, sometimes "
        "targeting clinics."
    )
    targets = [t for code, _, t in coded if code.startswith("19")]
    assert targets
    assert all(t == ["Eritrea"] for t in targets)


def test_an_attack_long_after_takes_no_side() -> None:
    filler = "Officials in Asmara met farmers to discuss the harvest. " * 8
    coded = _coded(
        f"Ethiopia's assault on Eritrea began in May.\n\n{filler}\n\n"
        "Ethiopia's bombardment went on, sometimes targeting clinics."
    )
    assert len([c for c in coded if c[0].startswith("19")]) == 1


def test_said_in_a_statement_is_the_verbs_channel() -> None:
    """'"...," X said in a statement': "statement" holds no words of its own, so the saying
    is X's own statement, not one that the noun reports."""
    from geoarticle.annotators.events import EventAnnotator

    article, _ = _page(
        "“I would call on Uganda to show restraint,” Kenyan President William Ruto said "
        "in a statement.\n"
    )
    loose = EventAnnotator(strict=False)(article)
    (said,) = [e for e in loose.events if e.code == "010"]
    assert said.modality.value == "asserted"


def test_what_a_passive_saying_says_is_not_its_target() -> None:
    """ "Her appointment was announced": the appointment is what was said, not to whom."""
    from geoarticle.annotators.events import EventAnnotator

    article, _ = _page(
        "Kenyan President William Ruto appointed Ann Orrel as envoy to Uganda. "
        "Her appointment was announced in December 2024.\n"
    )
    loose = EventAnnotator(strict=False)(article)
    assert not [e for e in loose.events if e.trigger == "announced" and e.targets]


def test_an_editors_remark_is_no_statement() -> None:
    """A newsroom's editor or columnist commenting is a journalist, as a reporter is."""
    article, names = _page(
        "Kenyan President William Ruto met Ugandan officials in Kampala on Monday, but "
        "the Nation's Africa editor Ann Orrel said the president looked tired.\n"
    )
    assert not [e for e in article.events if "Ann Orrel" in [names[s] for s in e.sources]]


def test_words_said_of_someone_are_about_them_and_coded_by_what_they_say() -> None:
    """'"...," X said of Y': the quote is what was said (its words give the code), Y is
    whom it is about."""
    coded = _coded(
        "“This is against international law and violates our rights,” Kenyan foreign "
        "minister Musalia Mudavadi said of the Ugandan decision."
    )
    assert coded == [("111", ["Musalia Mudavadi", "Kenya"], ["Uganda"])]


def test_words_that_judge_make_a_statement_criticism() -> None:
    """ "X said Y's decision was unconstitutional": an evaluative word in what is said
    codes the statement as criticism of whom it names."""
    coded = _coded("Opposition leader Raila Odinga said the Ugandan decision was unconstitutional.")
    assert coded == [("111", ["Raila Odinga"], ["Uganda"])]


def test_words_that_name_no_one_are_about_the_story_subject() -> None:
    """'"We will not accept this," X said' in a story about Uganda: the words are about
    the story's most mentioned actor other than the speaker."""
    article, names = _page(
        "Uganda closed its western border on Friday. Uganda said the closure would last "
        "a month. Ugandan officials gave no reason, and Uganda's army patrols the border.\n\n"
        "The foreign minister Musalia Mudavadi was in Mombasa.\n\n"
        "“We will not accept this,” Mudavadi said.\n"
    )
    (said,) = [e for e in article.events if "Musalia Mudavadi" in [names[s] for s in e.sources]]
    assert [names[t] for t in said.targets] == ["Uganda"]


def test_an_attack_claimed_is_responsibility_claimed() -> None:
    """ "X claimed the attack": CAMEO 015, responsibility claimed, no plain statement."""
    assert _coded("Al-Shabaab claimed the attack on a Kenyan police post.") == [
        ("015", ["al-Shabaab"], ["Kenya"])
    ]


def test_a_joint_statement_of_states_is_not_about_the_story_subject() -> None:
    """Two governments' joint statement is about what they agree on, whoever the story
    names most."""
    article, _names = _page(
        "Uganda closed its western border on Friday. Uganda said the closure would last "
        "a month. Ugandan officials gave no reason, and Uganda's army patrols the border.\n\n"
        "The governments of Tanzania and Rwanda issued a joint statement on Saturday.\n"
    )
    (joint,) = [e for e in article.events if e.trigger == "issued a joint statement"]
    assert joint.targets == ()


def test_words_told_to_a_news_medium_are_about_whom_they_name() -> None:
    """ "X told Kenya's Citizen TV that Uganda ...": the channel carries the words; they
    are about Uganda, not about the channel's country."""
    article, names = _page(
        "Foreign minister Musalia Mudavadi told Kenya’s Citizen TV that Uganda had "
        "reopened the border.\n"
    )
    (said,) = [e for e in article.events if e.trigger == "told"]
    assert [names[t] for t in said.targets] == ["Uganda"]


def test_criticism_told_to_a_news_medium_is_of_whom_the_words_name() -> None:
    """Criticism told to a news medium is of whom the words name; told to a party's envoy,
    it is of that party."""
    medium = _coded(
        "Foreign minister Musalia Mudavadi told Kenya’s Citizen TV that Uganda had closed "
        "the border illegally."
    )
    assert [(c, t) for c, _, t in medium if c == "111"] == [("111", ["Uganda"])]
    envoy = _coded(
        "Foreign minister Musalia Mudavadi told the Ugandan envoy that the closure was illegal."
    )
    assert [(c, t) for c, _, t in envoy] == [("111", ["Uganda"])]


def test_a_passive_relative_clause_befalls_its_antecedent() -> None:
    """ "X, who had been arrested by Y": X undergoes the arrest, Y makes it; "X, who met
    Y": X acts."""
    arrested = _coded(
        "Opposition leader John Kamau, who had been arrested by Ugandan police on Monday, fled."
    )
    assert ("173", ["Uganda"], ["John Kamau"]) in arrested
    met = _coded("Raila Odinga, who met Ugandan President Yoweri Museveni on Monday, left.")
    assert [(c, s) for c, s, _ in met if c == "040"] == [("040", ["Raila Odinga"])]


def test_titled_people_joined_by_and_meet_each_other() -> None:
    """ "Kenyan President X and Ugandan President Y met": both meet, the titles before
    the second name no bar to the list."""
    coded = _coded(
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni met on Monday."
    )
    (meeting,) = [(s, t) for c, s, t in coded if c.startswith("04")]
    assert {"William Ruto", "Yoweri Museveni"} <= set(meeting[0]) & set(meeting[1])


def test_an_act_denied_is_no_act() -> None:
    """ "X denied attacking Y": the denial is the event (016); the attack is not told."""
    coded = _coded(
        "Ugandan Foreign Minister Jeje Odongo denied attacking Rwandan troops on Monday."
    )
    assert [c for c, _, _ in coded] == ["016"]


def test_what_comes_under_attack_from_someone_is_attacked_by_them() -> None:
    """ "Y came under attack from X": X attacks Y; "under" makes "attack" a noun."""
    coded = _coded("The Ugandan border post came under attack from Rwandan troops on Monday.")
    assert coded == [("190", ["Rwanda"], ["Uganda"])]


def test_a_titled_agent_after_by_is_the_person() -> None:
    """ "was urged by Kenyan President X": X (with Kenya) urged, not Kenya alone."""
    coded = _coded("Uganda was urged by Kenyan President William Ruto to reopen the border.")
    assert coded == [("020", ["William Ruto", "Kenya"], ["Uganda"])]


def test_an_ambassador_recalled_from_a_state_breaks_with_it() -> None:
    """ "X recalled its ambassador from Y": relations cut with Y (161)."""
    assert _coded("Kenya recalled its ambassador from Uganda on Monday.") == [
        ("161", ["Kenya"], ["Uganda"])
    ]


def test_a_clash_with_someone_is_with_them() -> None:
    """ "X clashed with Y": the pattern's own "with" names whom (a country too)."""
    assert _coded("Kenyan security forces clashed with Ugandan troops on Monday.") == [
        ("190", ["Kenya"], ["Uganda"])
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenya closed its border with Uganda on Monday.", "172"),
        ("Kenya reopened its border with Uganda on Monday.", "050"),
        ("Kenya suspended flights to Uganda on Monday.", "160"),
        ("Kenya banned imports from Uganda on Monday.", "163"),
    ],
)
def test_borders_flights_and_imports(text: str, code: str) -> None:
    """PETRARCH2's CLOSE BORDER (172), REOPEN BORDER (050), HALT FLIGHTS (160) and BAN
    IMPORTS (163), with the state named after the pattern's own preposition."""
    assert _coded(text) == [(code, ["Kenya"], ["Uganda"])]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenyan President William Ruto telephoned Ugandan President Yoweri Museveni.", "041"),
        ("Kenyan President William Ruto called his Ugandan counterpart on Monday.", "041"),
        ("Rwandan troops retaliated against Uganda on Monday.", "190"),
        ("Kenyan President William Ruto vowed to retaliate against Uganda on Monday.", "138"),
    ],
)
def test_calls_and_retaliation(text: str, code: str) -> None:
    """PETRARCH2's CALL/TELEPHONE (041) and RETALIATE (190; vowed: a threat, 138)."""
    assert [c for c, _, _ in _coded(text)] == [code]


def test_a_proposal_accepted_is_cooperation_intended() -> None:
    """ "X accepted Y's proposal": PETRARCH2's ACCEPT * PROPOSAL, root 03."""
    assert _coded("Kenya accepted the Ugandan proposal on Monday.") == [
        ("030", ["Kenya"], ["Uganda"])
    ]


def test_a_state_bombing_is_from_the_air() -> None:
    """ "Kenyan jets bombed ...": a state's bombing is aerial (195); an armed group's stays
    a bombing (183)."""
    assert [c for c, _, _ in _coded("Kenyan jets bombed rebel positions on Monday.")] == ["195"]
    assert [c for c, _, _ in _coded("Al-Shabaab bombed a market in Mogadishu on Monday.")] == [
        "183"
    ]


def test_condemning_an_attack_is_aimed_at_its_doer_not_its_victims() -> None:
    """ "condemned the killing of X by Y": Y is criticised, X suffered the killing."""
    coded = _coded("Kenya condemned the killing of three Ugandan soldiers by Rwandan forces.")
    assert ("111", ["Kenya"], ["Rwanda"]) in coded
    assert not [t for c, _, t in coded if c == "111" and "Uganda" in t]


def test_quoted_private_people_are_not_each_others_subject() -> None:
    """Two experts quoted on pruning: the one quoted most is a voice, not whom the other's
    words are about."""
    article, names = _page(
        "“Cut the old stems in late winter,” says Tom Ferreira, a grower at Hillside Farms. "
        "Ferreira has worked with shrubs for years, and Ferreira trains new staff.\n\n"
        "“Leave the new buds alone,” says Mara Quist, head gardener at Oakmere House.\n\n"
        "“Water the roots deeply once a week,” Ferreira says.\n"
    )
    said = [e for e in article.events if e.root == "01"]
    assert all(not e.targets for e in said), [
        (names[e.sources[0]], [names[t] for t in e.targets]) for e in said
    ]
