"""Build accord/extract/patterns/countries.jsonl: ISO names from pycountry, plus the common
short names, formal names and demonyms that pycountry lacks (run by hand, output committed)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

# code: (common names..., ) and demonyms. Generic facts about states, not about any article.
EXTRA_NAMES = {
    "US": ["United States", "United States of America", "USA", "U.S.", "U.S.A.", "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russia", "Russian Federation"], "KR": ["South Korea", "Republic of Korea", "Korea"],
    "KP": ["North Korea", "DPRK"], "IR": ["Iran", "Islamic Republic of Iran"], "SY": ["Syria"],
    "VN": ["Vietnam", "Viet Nam"], "LA": ["Laos"], "TW": ["Taiwan"], "BO": ["Bolivia"],
    "VE": ["Venezuela"], "TZ": ["Tanzania"], "MD": ["Moldova"], "CZ": ["Czech Republic", "Czechia"],
    "TR": ["Turkey", "Türkiye", "Turkiye"], "KG": ["Kyrgyzstan", "Kyrgyz Republic"],
    "CN": ["China", "People's Republic of China", "PRC"], "PS": ["Palestine", "State of Palestine"],
    "VA": ["Vatican", "Holy See", "Vatican City"], "CD": ["DR Congo", "DRC", "Democratic Republic of the Congo"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"], "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"],
    "BN": ["Brunei"], "MK": ["North Macedonia"], "AE": ["United Arab Emirates", "UAE", "Emirates"],
    "SA": ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"], "NL": ["Netherlands", "Holland"],
    "FM": ["Micronesia"], "CV": ["Cape Verde", "Cabo Verde"], "SZ": ["Eswatini", "Swaziland"],
    "MM": ["Myanmar", "Burma"], "TL": ["Timor-Leste", "East Timor"], "KZ": ["Kazakhstan", "Republic of Kazakhstan"],
    "TM": ["Turkmenistan"], "TJ": ["Tajikistan", "Republic of Tajikistan"],
    "UZ": ["Uzbekistan", "Republic of Uzbekistan"],
    "PH": ["Philippines", "Republic of the Philippines"], "XK": ["Kosovo"], "LY": ["Libya"],
}
DEMONYMS = {
    "AF": "Afghan", "AL": "Albanian", "DZ": "Algerian", "AO": "Angolan", "AR": "Argentine/Argentinian",
    "AM": "Armenian", "AU": "Australian", "AT": "Austrian", "AZ": "Azerbaijani/Azeri", "BH": "Bahraini",
    "BD": "Bangladeshi", "BY": "Belarusian", "BE": "Belgian", "BJ": "Beninese", "BT": "Bhutanese",
    "BO": "Bolivian", "BA": "Bosnian", "BW": "Botswanan", "BR": "Brazilian", "BN": "Bruneian",
    "BG": "Bulgarian", "BF": "Burkinabe", "BI": "Burundian", "KH": "Cambodian", "CM": "Cameroonian",
    "CA": "Canadian", "CF": "Central African", "TD": "Chadian", "CL": "Chilean", "CN": "Chinese",
    "CO": "Colombian", "CG": "Congolese", "CR": "Costa Rican", "HR": "Croatian", "CU": "Cuban",
    "CY": "Cypriot", "CZ": "Czech", "DK": "Danish", "DJ": "Djiboutian", "DO": "Dominican", "EC": "Ecuadorian",
    "EG": "Egyptian", "SV": "Salvadoran", "GQ": "Equatorial Guinean", "ER": "Eritrean", "EE": "Estonian",
    "ET": "Ethiopian", "FJ": "Fijian", "FI": "Finnish", "FR": "French", "GA": "Gabonese", "GM": "Gambian",
    "GE": "Georgian", "DE": "German", "GH": "Ghanaian", "GR": "Greek", "GT": "Guatemalan", "GN": "Guinean",
    "HT": "Haitian", "HN": "Honduran", "HU": "Hungarian", "IS": "Icelandic", "IN": "Indian",
    "ID": "Indonesian", "IR": "Iranian", "IQ": "Iraqi", "IE": "Irish", "IL": "Israeli", "IT": "Italian",
    "CI": "Ivorian", "JM": "Jamaican", "JP": "Japanese", "JO": "Jordanian", "KZ": "Kazakh/Kazakhstani",
    "KE": "Kenyan", "KW": "Kuwaiti", "KG": "Kyrgyz", "LA": "Lao/Laotian", "LV": "Latvian", "LB": "Lebanese",
    "LS": "Basotho", "LR": "Liberian", "LY": "Libyan", "LT": "Lithuanian", "LU": "Luxembourgish",
    "MG": "Malagasy", "MW": "Malawian", "MY": "Malaysian", "MV": "Maldivian", "ML": "Malian", "MT": "Maltese",
    "MR": "Mauritanian", "MU": "Mauritian", "MX": "Mexican", "MD": "Moldovan", "MN": "Mongolian",
    "ME": "Montenegrin", "MA": "Moroccan", "MZ": "Mozambican", "MM": "Myanmar/Burmese", "NA": "Namibian",
    "NP": "Nepali/Nepalese", "NL": "Dutch", "NZ": "New Zealand", "NI": "Nicaraguan", "NE": "Nigerien",
    "NG": "Nigerian", "KP": "North Korean", "MK": "North Macedonian/Macedonian", "NO": "Norwegian",
    "OM": "Omani", "PK": "Pakistani", "PS": "Palestinian", "PA": "Panamanian", "PG": "Papua New Guinean",
    "PY": "Paraguayan", "PE": "Peruvian", "PH": "Philippine/Filipino", "PL": "Polish", "PT": "Portuguese",
    "QA": "Qatari", "RO": "Romanian", "RU": "Russian", "RW": "Rwandan", "SA": "Saudi", "SN": "Senegalese",
    "RS": "Serbian", "SL": "Sierra Leonean", "SG": "Singaporean", "SK": "Slovak", "SI": "Slovenian",
    "SO": "Somali", "ZA": "South African", "KR": "South Korean/Korean", "SS": "South Sudanese",
    "ES": "Spanish", "LK": "Sri Lankan", "SD": "Sudanese", "SR": "Surinamese", "SE": "Swedish",
    "CH": "Swiss", "SY": "Syrian", "TW": "Taiwanese", "TJ": "Tajik/Tajikistani", "TZ": "Tanzanian",
    "TH": "Thai", "TG": "Togolese", "TN": "Tunisian", "TR": "Turkish", "TM": "Turkmen", "UG": "Ugandan",
    "UA": "Ukrainian", "AE": "Emirati", "GB": "British", "US": "American", "UY": "Uruguayan",
    "UZ": "Uzbek/Uzbekistani", "VE": "Venezuelan", "VN": "Vietnamese", "YE": "Yemeni", "ZM": "Zambian",
    "ZW": "Zimbabwean", "VA": "Vatican", "SB": "Solomon Islander", "VU": "Ni-Vanuatu", "TO": "Tongan",
    "WS": "Samoan", "KI": "I-Kiribati", "TV": "Tuvaluan", "PW": "Palauan", "NR": "Nauruan",
    "MH": "Marshallese", "BB": "Barbadian", "BS": "Bahamian", "TT": "Trinidadian", "GY": "Guyanese",
    "BZ": "Belizean", "CV": "Cape Verdean", "KM": "Comorian", "SC": "Seychellois", "LI": "Liechtensteiner",
    "MC": "Monegasque", "AD": "Andorran", "SM": "Sammarinese", "XK": "Kosovar",
}


def main(out: Path) -> None:
    rows = []
    for c in pycountry.countries:
        code = c.alpha_2
        names = EXTRA_NAMES.get(code, [])
        common = getattr(c, "common_name", None)
        name = names[0] if names else common or c.name
        aliases = {c.name, getattr(c, "official_name", c.name), *names} - {name}
        if "," in c.name:  # "Korea, Republic of" is not how news writes it
            aliases.discard(c.name)
        rows.append({"code": code, "name": name, "aliases": sorted(a for a in aliases if a),
                     "demonyms": [d for d in DEMONYMS.get(code, "").split("/") if d]})
    if "XK" not in {r["code"] for r in rows}:
        rows.append({"code": "XK", "name": "Kosovo", "aliases": [], "demonyms": ["Kosovar"]})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} countries -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("accord/extract/patterns/countries.jsonl"))
