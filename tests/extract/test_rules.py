"""Behaviour of the extraction rules, each on a short article written for the test."""

from __future__ import annotations

from accord.records import Extraction


def _roles(x: Extraction) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(r.title, r.country) for r in p.roles] for p in x.people}


def _events(x: Extraction, kind: str) -> list:
    return [e for e in x.events if e.type == kind]


HEAD = "Ministers meet\n\n2024-05-15\n\n"  # a Wednesday


def test_a_plural_office_is_each_named_holders(extract) -> None:
    x = extract(HEAD + "Foreign Ministers Ilse Marchetti of Austria and Tomasz Wrona of Poland met in Vienna today.")
    roles = _roles(x)
    assert roles["Ilse Marchetti"] == [("Foreign Minister", "AT")]
    assert roles["Tomasz Wrona"] == [("Foreign Minister", "PL")]
    meeting = _events(x, "meeting")[0]
    assert set(meeting.participants) == {"Ilse Marchetti", "Tomasz Wrona"}
    assert meeting.date == "2024-05-15"


def test_offices_before_a_list_and_in_relative_clauses(extract) -> None:
    x = extract(
        HEAD + "The region was represented by its three presidents: Aru Bekova of Kazakhstan, "
        "Timur Osmonov of Kyrgyzstan and Dilshod Nazarov of Tajikistan. Katarina Holm, who heads the "
        "OSCE observation mission, said the vote was calm."
    )
    roles = _roles(x)
    assert roles["Aru Bekova"] == [("president", "KZ")]
    assert roles["Dilshod Nazarov"] == [("president", "TJ")]
    assert roles["Katarina Holm"][0][0].startswith("head of the OSCE")


def test_envoys_serve_abroad_but_belong_to_their_state(extract) -> None:
    x = extract(
        HEAD + "Present were Norway's Ambassador to Chile, Erik Dahl, and the Minister of Mining, Hon. Paula Rojas."
    )
    roles = _roles(x)
    assert roles["Erik Dahl"] == [("Ambassador", "NO")]
    assert roles["Paula Rojas"][0][1] == "CL"  # her counterpart represents Norway, the other state named


def test_the_two_leaders_and_an_office_named_without_a_name(extract) -> None:
    x = extract(
        HEAD + "President Malik Haddad of Jordan arrived in Rome on Monday at the invitation of "
        "Prime Minister Giulia Ferri. The two leaders held talks on Tuesday. "
        "The President later visited a refugee centre."
    )
    meeting = _events(x, "meeting")[0]
    assert set(meeting.participants) == {"Malik Haddad", "Giulia Ferri"}
    assert meeting.date == "2024-05-14"
    haddad = next(p for p in x.people if p.name == "Malik Haddad")
    assert any(x.article.text[m.start : m.end] == "President" for m in haddad.mentions)


def test_one_signing_event_per_document(extract) -> None:
    x = extract(
        HEAD + "After the talks today, Ghana and Norway signed a memorandum of understanding on ocean "
        "governance and an agreement on fisheries research between the Ghana Fisheries Commission "
        "and the Norwegian Institute of Marine Research."
    )
    signings = _events(x, "agreement")
    assert all(e.date == "2024-05-15" for e in signings)
    assert {e.agreement for e in signings} == {
        "memorandum of understanding on ocean governance",
        "agreement on fisheries research between the Ghana Fisheries Commission and the Norwegian Institute "
        "of Marine Research",
    }


def test_one_election_per_announced_date(extract) -> None:
    x = extract(
        HEAD + "Malawi will hold its presidential election on 16 September 2025, the electoral "
        "commission said, followed by local elections on 4 March 2026."
    )
    assert sorted(e.date for e in _events(x, "election")) == ["2025-09-16", "2026-03-04"]
    assert all(e.participants == ["Malawi"] for e in _events(x, "election"))


def test_sources_the_article_names_for_itself(extract) -> None:
    signed_off = extract(
        "Talks held\n\n2024-05-15\n\nThe ministers of Chile and Peru met in Lima.\n\n"
        "Issued by the Press Office, Ministry of Foreign Affairs\n"
    )
    assert signed_off.article.attribution == ["Press Office"]
    wire = extract("Talks held\n\n2024-05-15\n\nLIMA, May 15 (Andes Wire) - The ministers met.\n")
    assert wire.article.attribution == ["Andes Wire"]
    cited = extract(
        "Talks held\n\n2024-05-15\n\nThe ministers met today, Daily Courier reports, citing the "
        "Ministry of Foreign Affairs.\n"
    )
    assert cited.article.attribution == ["Daily Courier", "Ministry of Foreign Affairs"]


def test_each_document_takes_its_own_date_and_not_its_venue_as_a_party(extract) -> None:
    x = extract(
        HEAD + "The EU adopted its Strategy on the Arctic in 2018, and the two sides agreed a Joint Plan "
        "for Deeper Ties in Monaco on 14 March 2022."
    )
    plan = next(a for a in x.agreements if a.name.startswith("Joint Plan"))
    assert plan.name == "Joint Plan for Deeper Ties"  # not "... in Monaco on 14 March 2022"
    signings = {e.agreement: e for e in _events(x, "agreement")}
    assert signings["Joint Plan for Deeper Ties"].date == "2022-03-14"
    assert signings["Strategy on the Arctic"].date == "2018"
    assert all("Monaco" not in e.participants for e in signings.values())
    assert all(e.participants == ["EU"] for e in signings.values())  # named as written, so the evidence shows it


def test_a_region_s_states_and_a_document_named_after_its_sides(extract) -> None:
    x = extract(
        HEAD + "Leaders of the Association of Southeast Asian Nations (ASEAN) and the three Baltic states "
        "met on Monday in Riga for their first summit. The meeting was chaired by Prime Minister Anna "
        "Ozola.\n\nTrade. The sides will work on supply chains.\n\n"
        "Plan. The summit welcomed the adoption of the ASEAN–Baltic Joint Action Plan for 2024–2028."
    )
    summit = _events(x, "summit")
    assert len(summit) == 1 and summit[0].date == "2024-05-13"
    plan = next(e for e in _events(x, "agreement") if e.agreement and "Action Plan" in e.agreement)
    assert set(plan.participants) == {"ASEAN", "Estonia", "Latvia", "Lithuania"}
    assert plan.date == "2024-05-13"  # at the summit; "2024–2028" is the plan's period, not a date


def test_after_the_talks_dates_from_the_talks(extract) -> None:
    x = extract(
        HEAD + "On 10 May, President Ana Lopes held talks with President Ivo Petrov, who is in Portugal on "
        "a state visit. They recalled the state visit of Ana Lopes to Bulgaria last year. "
        "Following the talks, the two Presidents signed the Joint Declaration on Strategic Partnership."
    )
    signing = _events(x, "agreement")[0]
    assert signing.date == "2024-05-10"  # the talks' day, not last year's visit


def test_coordinated_visitors_and_the_four_ministers(extract) -> None:
    x = extract(
        HEAD + "Norway and Chile today signed an agreement on polar research in Santiago. Minister of "
        "Foreign Affairs Erik Dahl signed for Norway and Hon. Paula Rojas, Secretary of Science, signed for "
        "Chile, with President Tomas Varela witnessing. Minister of Defence Kari Lund and Hon. Jorge Mena, "
        "Secretary for Foreign Affairs, were also present.\n\n"
        "Just before the signing, Minister Dahl and Minister Lund, who are visiting Santiago, paid a joint "
        "courtesy call on President Varela.\n\n"
        "In the afternoon, the four ministers held the first Norway-Chile Ministerial Meeting."
    )
    visit = _events(x, "visit")[0]
    assert set(visit.participants) == {"Erik Dahl", "Kari Lund"}
    assert visit.date == "2024-05-15"  # "just before the signing": the signing's day
    gathering = next(e for e in x.events if e.type in ("summit", "meeting") and "Jorge Mena" in e.participants)
    assert set(gathering.participants) == {"Erik Dahl", "Kari Lund", "Paula Rojas", "Jorge Mena"}
    assert gathering.date == "2024-05-15"


def test_since_dates_an_earlier_happening_not_this_one(extract) -> None:
    x = extract(
        HEAD + "President Ana Lopes and Chancellor Hans Vogel on Sunday marked the anniversary of the treaty. "
        "The two leaders then chaired a joint Council of Ministers, the first time the two cabinets had met "
        "in person since 2017."
    )
    assert all(e.date != "2017" for e in x.events)


def test_he_is_the_subject_not_the_first_name_and_a_document_s_date_is_not_the_meeting_s(extract) -> None:
    x = extract(
        HEAD + "On Wednesday, Foreign Minister Aiko Tanabe of Japan chaired the forum. "
        "On the sidelines, the Japanese minister held two bilateral meetings. "
        "With Chile's Foreign Minister, Rosa Ibarra, she discussed fisheries. "
        "She then met Karl Brandt, Austria's Minister for Europe, to review the Vienna Action Plan, "
        "which leaders adopted in 2022."
    )
    met = [e for e in _events(x, "meeting") if "Karl Brandt" in e.participants]
    assert len(met) == 1
    assert set(met[0].participants) == {"Aiko Tanabe", "Karl Brandt"}  # "she", not Rosa Ibarra
    assert met[0].date == "2024-05-15"  # "then": the day told; 2022 is the plan's


def test_a_meeting_of_one_side_alone_is_no_meeting(extract) -> None:
    x = extract(HEAD + "On the sidelines, the Malaysian delegation held three bilateral meetings today.")
    assert _events(x, "meeting") == []


def test_names_only_ever_where_places_go_are_places(extract) -> None:
    x = extract(
        HEAD + "Foreign Minister Ana Lopes said the road links Villa Serrano with Puerto Almagro, and the "
        "works at the crossing between Villa Serrano and Campo Ribeiro, in the state of Rio Claro do Norte, "
        "will end next year."
    )
    assert [p.name for p in x.people] == ["Ana Lopes"]
    assert "Campo Ribeiro" in {p.name for p in x.places}


def test_a_call_by_both_ministers_with_a_third(extract) -> None:
    x = extract(
        HEAD + "Foreign Minister Ana Lopes received her Paraguayan counterpart, Ivo Benitez, today. "
        "Subsequently, both ministers held a videoconference with Brazil's Foreign Minister, Rui Lessa."
    )
    call = _events(x, "call")[0]
    assert set(call.participants) == {"Ana Lopes", "Ivo Benitez", "Rui Lessa"}
    assert call.date == "2024-05-15"


def test_the_one_welcomed_is_the_visitor_and_the_welcomer_the_host(extract) -> None:
    x = extract(
        HEAD + "President Ana Lopes welcomed Ghanaian President Kofi Mensah to the Presidential Palace "
        "yesterday with a full arrival ceremony, the first state visit by an African leader since 2010. "
        "Bulgarian President Ivo Petrov combined the forum with a state visit, his third to Portugal, "
        "which included talks with Ana Lopes on Monday."
    )
    visits = _events(x, "visit")
    assert [v.participants for v in visits if v.participants[0] == "Kofi Mensah"] == [["Kofi Mensah", "Ana Lopes"]]
    assert any(v.participants == ["Ivo Petrov", "Ana Lopes"] for v in visits)


def test_a_statement_is_issued_a_warrant_is_not(extract) -> None:
    x = extract(
        HEAD + "Peru and Chile agreed to reopen their embassies under a Tripartite Joint Statement issued in "
        "Quito today by the two countries and Ecuador. The Inter-American Court issued a ruling in March, "
        "and Peru, as a party to the Pact of San José, would have been expected to act on it."
    )
    signed = {e.agreement: e for e in _events(x, "agreement")}
    assert set(signed) == {"Tripartite Joint Statement"}
    assert set(signed["Tripartite Joint Statement"].participants) == {"Peru", "Chile", "Ecuador"}


def test_a_trilateral_meeting_is_the_three_just_named(extract) -> None:
    x = extract(
        HEAD + "President Ana Lopes of Chile and Prime Minister Ivo Petrov of Bulgaria signed a joint "
        "declaration in Lima on Monday, with Peruvian President Luis Rojas signing as a witness. "
        "The signing capped a trilateral meeting hosted by Rojas."
    )
    met = _events(x, "meeting")
    assert len(met) == 1
    assert set(met[0].participants) == {"Ana Lopes", "Ivo Petrov", "Luis Rojas"}
    assert met[0].date == "2024-05-13"


def test_the_delegation_is_its_body_and_leader(extract) -> None:
    x = extract(
        HEAD + "A six-member delegation of the Budget Committee of the Parliament of Norway visited Chile "
        "from 13 to 15 May. The delegation was led by the Chair of the Committee, Kari Lund.\n\n"
        "On Tuesday 14 May, the delegation was received in Santiago by Pablo Mena, Vice President of the "
        "Senate of Chile."
    )
    met = _events(x, "meeting")
    assert len(met) == 1 and met[0].date == "2024-05-14"
    body, *people = met[0].participants
    assert body.startswith("Budget Committee") and set(people) == {"Kari Lund", "Pablo Mena"}
    visit = _events(x, "visit")[0]
    assert visit.participants[:2] == [body, "Kari Lund"]  # the leader, named later, went too


def test_an_office_few_states_have_is_held_in_the_one_mentioned(extract) -> None:
    x = extract(
        HEAD + "Mexican President Luisa Ortega spoke with U.S. President John Hale today. He said talks "
        "would be led by Secretary of State Ellen Park and Commerce Secretary Tom Reyes. "
        "Chancellor Otto Brandt of Germany was briefed."
    )
    roles = _roles(x)
    assert roles["Ellen Park"] == [("Secretary of State", "US")]
    assert roles["Tom Reyes"] == [("Commerce Secretary", "US")]


def test_a_long_title_case_name_and_its_other_name(extract) -> None:
    x = extract(
        "Leaders sign Joint Statement\n\n2024-05-15\n\n"
        "The two presidents signed the Joint Statement of the Republic of Chile and the Kingdom of Norway on "
        "the Establishment of a Strategic Partnership for the Coming Decade. The full title of the other "
        "instrument is the Agreement between Chile and Norway Concerning the Facilitation of Polar "
        "Research and Cooperation. Referred to as the Polar Research Agreement (PRA), it takes effect "
        "next year."
    )
    names = {a.name: a for a in x.agreements}
    assert (
        "Joint Statement of the Republic of Chile and the Kingdom of Norway on the Establishment of a "
        "Strategic Partnership for the Coming Decade" in names
    )
    assert "Joint Statement" not in names  # the headline's short name is the same document
    full = names["Agreement between Chile and Norway Concerning the Facilitation of Polar Research and Cooperation"]
    assert {"Polar Research Agreement", "PRA"} <= set(full.aliases)


def test_where_it_happened_from_the_dateline_the_destination_and_the_sentence_before(extract) -> None:
    x = extract(
        "Ministers meet\n\n15 May 2024\n\nLIMA, May 15 (Andes Wire) – Foreign Minister Ana Lopes of Peru "
        "met her Chilean counterpart Ivo Rojas today. After the talks, the two ministers signed a "
        "memorandum on border cooperation. Rojas will pay a state visit to Bolivia next week."
    )
    met = _events(x, "meeting")[0]
    assert met.place == "Lima"  # filed from Lima, on the day
    signing = _events(x, "agreement")[0]
    assert signing.place == "Lima"
    visit = _events(x, "visit")[0]
    assert visit.place == "Bolivia" and visit.status == "scheduled"


def test_an_agreement_signed_and_named_in_the_next_sentence_and_the_dateline_is_no_event_date(extract) -> None:
    x = extract(
        "Pact signed\n\nMay 7, 2025\n\nLIMA, May 7 (Andes Press) – Chile's Foreign Minister Ana Rojas and "
        "her Peruvian counterpart, Rosa Quispe, held talks in Lima on Tuesday and signed an agreement to "
        "merge border checks. Under the Agreement on Integrated Border Control, travellers will be "
        "inspected once.\n\nOn Wednesday, the two Deputy Ministers of the Government of the Republic of "
        "Chile and the Government of the Republic of Peru signed a Memorandum of Understanding between the "
        "Government of the Republic of Chile and the Government of the Republic of Peru on fisheries."
    )
    met = _events(x, "meeting")[0]
    assert met.date == "2025-05-06"  # Tuesday, not the dateline's May 7
    signed = {e.agreement: e for e in _events(x, "agreement")}
    assert signed["Agreement on Integrated Border Control"].date == "2025-05-06"
    fisheries = next(e for name, e in signed.items() if name.startswith("Memorandum"))
    assert set(fisheries.participants) == {"Chile", "Peru"}  # the governments are the states


def test_a_series_during_a_stay_and_the_host_who_invited(extract) -> None:
    x = extract(
        "Visit ends\n\n13/03/2024\n\nH.E. Lan Pham, Deputy Minister of Foreign Affairs of Viet Nam, arrived "
        "in Accra on Monday for a three-day working visit at the invitation of the Deputy Minister of "
        "Foreign Affairs of Ghana, Hon. Ama Owusu.\n\nDuring her stay, Deputy Minister Pham also held a "
        "series of meetings with senior officials: the Minister for Trade, Hon. Kofi Mensah; and the Deputy "
        "Governor of the Bank of Ghana, Dr. Efua Boateng."
    )
    visit = _events(x, "visit")[0]
    assert visit.participants == ["Lan Pham", "Ama Owusu"] and visit.date == "2024-03-11"
    met = {tuple(e.participants): e.date for e in _events(x, "meeting")}
    assert met == {("Lan Pham", "Kofi Mensah"): "2024-03", ("Lan Pham", "Efua Boateng"): "2024-03"}


def test_a_formal_state_name_made_of_a_demonym(extract) -> None:
    x = extract(
        HEAD + "President Ana Lopes received the Deputy Prime Minister – Minister of Foreign Affairs of the "
        "Italian Republic, Marco Verdi, today."
    )
    assert [country for _, country in _roles(x)["Marco Verdi"]] == ["IT", "IT"]


def test_the_appointee_not_the_appointer(extract) -> None:
    x = extract(
        HEAD + "The Chairperson of the Commission, Mr. Omar Diallo, has today appointed Professor Awa Sarr, "
        "former Minister of Foreign Affairs of Senegal, as High Representative for the Sahel. "
        "On Monday, the Committee on Foreign Affairs elected MP Jonas Petraitis as its chair. He replaces "
        "Rasa Vaitkute, who was appointed Lithuania's Ambassador to Canada last month. Maria Costa was "
        "the first elected President of the Assembly."
    )
    appointed = [e.participants for e in _events(x, "appointment")]
    assert ["Awa Sarr"] in appointed and ["Jonas Petraitis"] in appointed and ["Rasa Vaitkute"] in appointed
    assert ["Omar Diallo"] not in appointed and ["Maria Costa"] not in appointed


def test_the_minister_is_the_holder_the_story_is_about(extract) -> None:
    x = extract(
        HEAD + "Foreign Minister of Estonia Kaja Ilves arrived in Riga on Monday. She was welcomed by "
        "Foreign Minister of Latvia Andris Ozols at the airport.\n\n"
        "In Riga on Tuesday, the minister met President of Latvia Anna Berzina. "
        "They discussed energy.\n"
    )
    meeting = next(e for e in _events(x, "meeting") if "Anna Berzina" in e.participants)
    # two ministers were named; "the minister" is the one the story is about ("She was welcomed by")
    assert set(meeting.participants) == {"Kaja Ilves", "Anna Berzina"}
    assert meeting.date == "2024-05-14"


def test_with_no_date_line_events_are_still_reported_with_no_date(extract) -> None:
    x = extract(
        "Estonian minister ends visit to Latvia\n\n"
        "Foreign Minister of Estonia Kaja Ilves concluded a visit to Latvia on Thursday, her first trip "
        "abroad this year.\n\n"
        "In Riga on Tuesday, she met President of Latvia Anna Berzina. They discussed energy.\n"
    )
    assert x.article.published is None
    assert [p.name for p in x.people] == ["Kaja Ilves", "Anna Berzina"]  # the first paragraph is the body
    meeting = _events(x, "meeting")[0]
    assert set(meeting.participants) == {"Kaja Ilves", "Anna Berzina"}
    assert meeting.date is None  # "on Tuesday" of an unknown week: never guessed
    assert _events(x, "visit")[0].date is None


def test_a_body_of_a_known_one_named_with_it_and_a_two_word_acronym(extract) -> None:
    x = extract(
        HEAD + "The United Nations Office for Central Africa welcomed the talks, and the African Union "
        "Election Observation Mission (AU EOM) arrived in Lusaka today. The AU EOM will deploy "
        "60 observers, the mission said in a statement.\n"
    )
    names = {o.name: o for o in x.organizations}
    assert "United Nations Office for Central Africa" in names
    assert "Office for Central Africa" not in names
    mission = names["African Union Election Observation Mission"]
    assert "AU EOM" in mission.aliases
    assert "AU EOM" not in names


def test_a_capital_s_name_is_the_capital_before_it_is_another_city_s_old_name(extract) -> None:
    # The gazetteer lists "Islamabad" among a Bangladeshi city's historical names.
    x = extract(
        "Ministers meet\n\nMay 14, 2024\n\nISLAMABAD, May 14 (APP): Prime Minister Farid Qureshi "
        "received the visiting Foreign Minister of Nepal, Sita Rana, here today.\n"
    )
    assert _roles(x)["Farid Qureshi"] == [("Prime Minister", "PK")]
    assert {p.name: p.country for p in x.places}.get("Islamabad") == "PK"


def test_the_place_on_the_date_line_and_an_occasion_before_an_office(extract) -> None:
    x = extract(
        "Presidents meet at the palace\n\nLusaka, 12 March 2024\n\n"
        "President Mwila Banda received the State Visit of President of the Republic of Ghana Kofi "
        "Mensah at the State House on Tuesday. The Ghanaian President arrived on Monday.\n"
    )
    roles = _roles(x)
    assert roles["Kofi Mensah"] == [("President", "GH")]  # not "State Visit of President"
    assert roles["Mwila Banda"] == [("President", "ZM")]  # filed from Lusaka: the host's office is Zambian


def test_the_head_of_state_calls_and_an_election_s_state_is_the_one_beside_it(extract) -> None:
    x = extract(
        HEAD + "President of Ghana Kofi Mensah held a telephone conversaton with President of Togo "
        "Edem Agbeko today. Later in the day, the Head of State had a telephone conversation with "
        "Prime Minister of Benin Yao Houngbo.\n\n"
        "Former Foreign Minister of Togo Ama Kodjo will lead the observers to the presidential "
        "elections in the Republic of Benin, scheduled for 12 December 2024.\n"
    )
    calls = [set(e.participants) for e in _events(x, "call")]
    assert {"Kofi Mensah", "Edem Agbeko"} in calls  # "conversaton": a typo does not hide the call
    assert {"Kofi Mensah", "Yao Houngbo"} in calls
    [election] = _events(x, "election")
    assert (election.participants, election.date) == (["Benin"], "2024-12-12")


def test_separate_calls_an_office_ending_in_a_plural_portfolio_and_a_fronted_with(extract) -> None:
    x = extract(
        HEAD + "Minister of Foreign Affairs and Emigrants, Rami Haddad, held separate phone calls today "
        "with Foreign Minister of Cyprus Eleni Georgiou, Foreign Minister of Malta Paul Vella and "
        "Foreign Minister of Greece Nikos Pappas.\n\n"
        "With Georgiou, the Lebanese minister discussed the situation at sea.\n"
    )
    roles = _roles(x)
    assert "Emigrants" not in roles  # a portfolio, not a person
    assert roles["Rami Haddad"] == [("Minister of Foreign Affairs and Emigrants", "LB")]
    assert roles["Eleni Georgiou"] == [("Foreign Minister", "CY")]  # not "the Lebanese minister"
    calls = [set(e.participants) for e in _events(x, "call")]
    assert sorted(calls, key=sorted) == [
        {"Rami Haddad", "Eleni Georgiou"},
        {"Rami Haddad", "Nikos Pappas"},
        {"Rami Haddad", "Paul Vella"},
    ]


def test_a_date_since_which_something_holds_dates_no_event(extract) -> None:
    x = extract(
        HEAD + "Deputy Prime Minister and Minister of Foreign Affairs of Slovakia, Ms. Jana Kovacova, today "
        "welcomed the Minister of Foreign and European Affairs of Slovenia, Mr. Marko Novak, on an "
        "official visit to Bratislava — his first trip abroad since taking office in March.\n"
    )
    [visit] = _events(x, "visit")
    assert visit.date == "2024-05-15"  # today, not March


def test_a_summit_named_in_passing_is_the_group_s(extract) -> None:
    x = extract(
        HEAD + "Prime Minister of Jamaica Andrew Clarke thanked Prime Minister of Barbados Mia Gill for the "
        "hospitality shown during the informal summit of the Caribbean Community held in Bridgetown "
        "last week.\n"
    )
    [summit] = _events(x, "summit")
    assert summit.participants == ["Caribbean Community"]  # the two leaders are not said to attend
    assert summit.date == "2024-05"


def test_a_body_named_with_its_parent_s_acronym_is_the_same_body(extract) -> None:
    x = extract(
        HEAD + "The Chairperson of the African Union Commission received the envoy today. The AU Commission "
        "will send observers to the elections.\n"
    )
    names = {o.name: o for o in x.organizations}
    assert "AU Commission" not in names
    assert "AU Commission" in names["African Union Commission"].aliases


def test_offices_given_with_as(extract) -> None:
    x = extract(
        HEAD + "The National Assembly of Zambia on Monday elected Mwila Banda, leader of the United "
        "Progress Party (UPP), as the country's prime minister. The new prime minister named Chanda "
        "Phiri, the UPP's deputy leader, as Deputy Prime Minister – Minister of Foreign Affairs. "
        "Zambia hopes to join the bloc as the tenth member next year.\n"
    )
    roles = _roles(x)
    assert roles["Mwila Banda"][-1] == ("prime minister", "ZM")
    assert ("Deputy Prime Minister", "ZM") in roles["Chanda Phiri"]
    assert "Upp" not in roles and "UPP" not in roles  # the acronym in brackets is no one


def test_an_acronym_in_brackets_between_an_office_and_its_holder(extract) -> None:
    x = extract(
        HEAD + "The minister held a video conference today with Secretary General of the Organization of "
        "American States (OAS) Dr. Julio Ferreyra.\n"
    )
    person = next(p for p in x.people if p.name == "Julio Ferreyra")
    assert [(r.title, r.organization) for r in person.roles] == [
        ("Secretary General of the Organization of American States", "Organization of American States")
    ]


def test_an_office_opening_the_sentence_before_a_second_office_and_the_name(extract) -> None:
    x = extract(
        HEAD + "The OSCE Chairperson-in-Office, Malta's Minister for Foreign Affairs Clara Borg, concluded a "
        "visit to Kazakhstan on Monday.\n\n"
        "In Astana on Tuesday, the Chair-in-Office met Minister of Foreign Affairs of Kazakhstan "
        "Nurlan Abenov.\n"
    )
    person = next(p for p in x.people if p.name == "Clara Borg")
    assert [r.title for r in person.roles] == ["Chairperson-in-Office", "Minister for Foreign Affairs"]
    assert person.roles[1].country == "MT"
    meeting = _events(x, "meeting")[0]  # "the Chair-in-Office": the Chairperson-in-Office
    assert set(meeting.participants) == {"Clara Borg", "Nurlan Abenov"}
    assert "Chairperson-in-Office" not in {p.name for p in x.people}


def test_places_are_no_one_and_an_acronym_matches_only_in_capitals(extract) -> None:
    x = extract(
        HEAD + "Upon arrival at Pinewood Airbase, the visiting minister was received by Deputy Foreign "
        "Minister of Ghana Ama Owusu.\n\n"
        "Earlier, the Ambassador visited Da Nang, where she called on Mr. Le Van Nam, Vice Chairman "
        "of the city. She had served as Permanent Representative of Ghana to the United Nations in "
        "New York.\n"
    )
    people = {p.name for p in x.people}
    assert "Pinewood Airbase" not in people  # no appositive either: "Upon arrival at X, the ... minister"
    assert not people & {"Da Nang", "York", "New York"}
    assert "Le Van Nam" in people  # "Nam" is a name, not the Non-Aligned Movement (NAM)


def test_documents_listed_after_a_signing_are_each_signed(extract) -> None:
    x = extract(
        HEAD + "President of Ghana Kofi Mensah held talks with President of Chile Ana Rojas in Accra "
        "today.\n\n"
        "The two leaders witnessed the signing of three cooperation documents:\n"
        "1. Memorandum of Understanding on Cooperation in the Field of Mining;\n"
        "2. Agreement on Visa Exemption for Holders of Diplomatic Passports;\n"
        "3. Plan of Action for the Ghana–Chile Partnership 2024–2027.\n\n"
        "The presidents also discussed trade.\n"
    )
    signed = {e.agreement: e for e in _events(x, "agreement")}
    assert set(signed) == {
        "Memorandum of Understanding on Cooperation in the Field of Mining",
        "Agreement on Visa Exemption for Holders of Diplomatic Passports",
        "Plan of Action for the Ghana–Chile Partnership 2024–2027",
    }
    assert all(set(e.participants) == {"Ghana", "Chile"} and e.date == "2024-05-15" for e in signed.values())


def test_an_office_as_the_subject_after_a_place_and_the_same_day_of_what_happened(extract) -> None:
    x = extract(
        HEAD + "On 14 May 2024 in Vilnius the Head of the Mission of Observers from the OSCE, Deputy "
        "Director Jonas Berg met with the Chairman of the Central Electoral Commission of Lithuania "
        "Rimas Kalvaitis. The sides discussed the presidential election scheduled for 12 June 2024.\n\n"
        "On the same day, the Head of the Mission was received by the Minister of Foreign Affairs "
        "of Lithuania Dovile Jankute.\n"
    )
    person = next(p for p in x.people if p.name == "Jonas Berg")
    assert person.roles[0].title == "Head of the Mission of Observers from the OSCE"
    meetings = {frozenset(e.participants): e.date for e in _events(x, "meeting")}
    assert meetings[frozenset({"Jonas Berg", "Dovile Jankute"})] == "2024-05-14"  # not the election's day


def test_the_same_day_is_the_latest_day_told_not_one_recalled(extract) -> None:
    x = extract(
        HEAD + "On May 14, Speaker of the Parliament of Estonia Mart Kask met with Speaker of the Seimas "
        "of Lithuania Ruta Petraitiene in Tallinn. Mr. Kask recalled his first meeting with Ms. "
        "Petraitiene in Madrid on April 22 this year.\n\n"
        "On the same day Ms. Petraitiene met with Prime Minister of Estonia Kalle Tamm.\n"
    )
    later = next(e for e in _events(x, "meeting") if "Kalle Tamm" in e.participants)
    assert later.date == "2024-05-14"


def test_a_bare_office_takes_the_state_where_the_story_is_set(extract) -> None:
    x = extract(
        "Speaker meets Moldovan guest\n\n2023-11-16 14:32\n\n"
        "On Wednesday, Speaker of the Seimas Rasa Kazlauske met with the President of the Parliament of "
        "Moldova, Ion Rusu, who arrived in Vilnius on Tuesday for an official visit. Moldova and Lithuania "
        "agreed to deepen ties, and Moldova thanked its hosts.\n\n"
        "The Moldovan delegation also met MP Darius Rimas, who chairs the friendship group.\n"
    )
    assert _roles(x)["Darius Rimas"][0] == ("MP", "LT")  # Moldova is named more often; the story is set in Vilnius


def test_a_leaders_meeting_is_a_summit(extract) -> None:
    x = extract(
        HEAD + "Secretary General of the Caribbean Community Ana Lopes said she hoped the new prime minister "
        "would attend the CARICOM leaders' meeting in Bridgetown in July.\n"
    )
    assert [e.type for e in x.events] == ["summit"]


def test_the_next_session_of_a_two_state_body_and_both_states_of_a_pair(extract) -> None:
    x = extract(
        HEAD + "The Minister of Foreign Affairs of Ghana Ama Owusu received State Secretary of Norway Lars "
        "Berg in Accra today. The two sides agreed to sign a Memorandum of Understanding on Political "
        "Consultations when the Ghana-Norway Political Consultations hold their next session in Oslo "
        "next month.\n"
    )
    assert {c.code for c in x.countries} >= {"GH", "NO"}
    later = [e for e in _events(x, "meeting") if e.date == "2024-06"]
    assert [set(e.participants) for e in later] == [{"Ghana", "Norway"}]
    # today's talks and next month's session; "Consultations" in the memorandum's name is no third
    assert sorted(e.date for e in _events(x, "meeting")) == ["2024-05-15", "2024-06"]


def test_the_region_or_city_after_the_name_is_the_office_s(extract) -> None:
    x = extract(
        HEAD + "Governor Amina Bello of Kano State received Governor Tunde Adeyemi of Oyo State in Kano on "
        "Monday. Mayor Lena Fischer of Munich met Foreign Minister Paolo Conti of Italy on Tuesday.\n"
    )
    titles = {p.name: [r.title for r in p.roles] for p in x.people}
    assert titles == {
        "Amina Bello": ["Governor of Kano State"],
        "Tunde Adeyemi": ["Governor of Oyo State"],
        "Lena Fischer": ["Mayor of Munich"],
        "Paolo Conti": ["Foreign Minister"],  # a state's office keeps its state as the country
    }
    met = sorted(sorted(e.participants) for e in x.events if e.type == "meeting")
    assert met == [["Amina Bello", "Tunde Adeyemi"], ["Lena Fischer", "Paolo Conti"]]


def test_a_telephone_talk_s_other_side_lends_no_state_to_the_caller(extract) -> None:
    x = extract(
        "Telephone talk\n\nMay 3, 2024\n\nOn May 3, commencing at 10:00 a.m. for approximately 15 minutes, "
        "Foreign Minister Kenji Mori held a telephone talk with Foreign Minister Ana Duarte of Portugal.\n"
    )
    assert _roles(x) == {"Kenji Mori": [("Foreign Minister", None)], "Ana Duarte": [("Foreign Minister", "PT")]}
    call = _events(x, "call")[0]
    assert (call.date, sorted(call.participants)) == ("2024-05-03", ["Ana Duarte", "Kenji Mori"])
