"""Name keys: the one fold and name-word rule, as extraction's and the store's keys read them.

Every name here is invented.
"""

from __future__ import annotations

from conftest import Report

from accord.extract.people import name_key as article_key
from accord.names import fold, is_honorific, name_words
from accord.store import Store
from accord.store.names import name_key, short_form
from accord.store.schema import AGREEMENT, ORGANIZATION, PERSON

CYRILLIC_A, CYRILLIC_O = "\u0430", "\u043e"


def test_fold_drops_case_accents_and_punctuation_and_keeps_one_apostrophe() -> None:
    assert fold("Zoë Dąbrowská-Ñúñez") == fold("ZOE  dabrowska nunez") == "zoe dabrowska nunez"
    assert fold("Orla O’Fenn") == fold("Orla O`Fenn") == "orla o'fenn"
    assert fold("Marten Voss (acting)") == "marten voss acting"


def test_look_alike_letters_fold_to_latin_only_inside_latin_words() -> None:
    assert fold(f"M{CYRILLIC_A}rten V{CYRILLIC_O}ss") == "marten voss"
    assert fold("Марта Восс") == "марта восс"  # a name wholly in Cyrillic stays Cyrillic


def test_name_words_leave_out_only_the_honorifics_a_name_opens_with() -> None:
    assert is_honorific("H.E.") and is_honorific("Dato'") and is_honorific("Sheikh") and not is_honorific("Tamer")
    assert name_words("H.E. Dr. Tamer Haddoumi") == ["tamer", "haddoumi"]
    assert name_words("His Excellency Sheikh Tamer Haddoumi") == ["tamer", "haddoumi"]
    assert name_words("Gaspar Sheikh") == ["gaspar", "sheikh"]  # a surname, not a title
    assert name_words("Dato' Orla O'Fenn") == ["orla", "ofenn"]
    assert name_words("Sir") == []


def test_the_article_key_is_the_name_words_less_particles_and_initials() -> None:
    assert article_key("Lenka M. van der Brught") == {"lenka", "brught"}
    assert article_key("Van der Brught") <= article_key("Lenka van der Brught")
    assert article_key("Mr Tamer Haddoumi") == article_key("Tamer Haddoumi") == {"tamer", "haddoumi"}
    assert article_key(f"Zoë D{CYRILLIC_A}browska") == article_key("Zoe Dabrowska")
    assert article_key("Noor binti Faruqa") == article_key("Noor Faruqa")


def test_the_store_key_joins_spellings_of_one_person() -> None:
    same = ["Sheikh Tamer Haddoumi", "Tamer Hadoumi", "TAMER HADDOUMI", f"T{CYRILLIC_A}mer Haddoumi"]
    assert len({name_key(PERSON, n) for n in same}) == 1
    assert name_key(PERSON, "Orla O'Fenn") == name_key(PERSON, "Orla O’Fenn") == name_key(PERSON, "Orla OFenn")
    assert name_key(PERSON, "Gaspar Sheikh") != name_key(PERSON, "Gaspar")
    assert name_key(PERSON, "Lenka van der Brught") != name_key(PERSON, "Lenka Brught")  # particles stay in it


def test_a_persons_short_form_is_the_surname_with_its_particles() -> None:
    assert short_form(PERSON, "Dr Lenka van der Brught") == short_form(PERSON, "Van der Brught") == "van der brught"
    assert short_form(PERSON, "Noor binti Faruqa") == short_form(PERSON, "Binti Faruqa") != short_form(PERSON, "Faruqa")
    assert short_form(PERSON, "Gaspar Sheikh") == "sheih"  # romanised like any surname ("kh" -> "h")


def test_organization_and_agreement_keys_read_and_hyphens_and_a_leading_the() -> None:
    council, ministry = "Lakes Cooperation Council", "Ministry of Trade and Industry"
    assert name_key(ORGANIZATION, "The Lakes Co-operation Council") == name_key(ORGANIZATION, council)
    assert name_key(ORGANIZATION, "Ministry of Trade & Industry") == name_key(ORGANIZATION, ministry)
    assert name_key(AGREEMENT, "Accord de Pêche") == "accord de peche"
    assert short_form(ORGANIZATION, "Lakes Co-operation Council") == "lcc"


def test_the_store_merges_a_person_named_with_an_honorific_and_without(kb: Store) -> None:
    kb.write(
        Report("Sheikh Tamer Haddoumi arrived in Port Aldric.", "2024-03-01", "https://news.example/a")
        .person("Sheikh Tamer Haddoumi")
        .build()
    )
    kb.write(
        Report(f"T{CYRILLIC_A}mer Haddoumi left Port Aldric.", "2024-03-02", "https://news.example/b")
        .person(f"T{CYRILLIC_A}mer Haddoumi")
        .build()
    )
    assert len(kb.people()) == 1
    found = kb.person("Tamer Haddoumi")
    assert found is not None and found["name"] in ("Sheikh Tamer Haddoumi", f"T{CYRILLIC_A}mer Haddoumi")
