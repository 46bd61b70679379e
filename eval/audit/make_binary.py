"""Write the .docx and .pdf sample briefs of the audit corpus from the content below (run from the repo root).

python eval/audit/make_binary.py   # rewrites eval/audit/briefs/*.docx and *.pdf
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
from weasyprint import HTML

BRIEFS = Path(__file__).parent / "briefs"

# Each brief is a list of (style, text); styles: title, h1, p, li (numbered), bullet.
REGION_SCOPE = [
    ("title", "ISIS in Central Asia: support and militancy, 2014–2016"),
    ("p", "Question: How popular is ISIS in Central Asia?"),
    ("h1", "Key judgments"),
    (
        "p",
        "We assess that support for ISIS in Central Asia is likely (55–80%) growing, judging by the rising "
        "number of extremism arrests. We have moderate confidence in this judgment because arrest "
        "figures are "
        "consistent across official and independent reporting.",
    ),
    ("h1", "Discussion"),
    (
        "p",
        "Kazakh police arrested 49 people on extremism charges in the second half of 2016 (Kazinform 2016). "
        "In Aktobe, gunmen attacked gun shops and a National Guard unit on 5 June 2016 (BBC 2016). "
        "Kazakhstan's Prosecutor General reported 79 extremism convictions in 2015 (Tengrinews 2016). "
        "Kazakh officials said about 300 citizens were fighting in Syria (Kazinform 2016).",
    ),
    ("h1", "Alternative explanations"),
    (
        "p",
        "An alternative explanation is that more arrests reflect tougher policing rather than wider support; "
        "Kazakhstan broadened its extremism law in 2014 (Tengrinews 2016).",
    ),
    ("h1", "Assumptions and gaps"),
    (
        "p",
        "We assume that arrests track militant activity. We have little reporting from the other countries "
        "of the region.",
    ),
    ("h1", "Indicators"),
    ("p", "Indicators: further attacks; arrests outside Kazakhstan; travel to Syria."),
    ("h1", "Source summary"),
    (
        "p",
        "The judgment rests on a state agency (Kazinform), an independent site (Tengrinews) and an "
        "international broadcaster (BBC). None is anonymous.",
    ),
    ("h1", "References"),
    (
        "bullet",
        "BBC (2016) 'Gunmen attack gun shops and military unit in Aktobe', BBC News, 5 June 2016. "
        "https://www.bbc.com/news/world-asia-36458380 (accessed 1 December 2016).",
    ),
    (
        "bullet",
        "Kazinform (2016) 'KNB: 49 detained on extremism charges', Kazinform, 2 December 2016. "
        "https://www.inform.kz/en/knb-49-detained (accessed 5 December 2016).",
    ),
    (
        "bullet",
        "Tengrinews (2016) 'Extremism convictions more than doubled in 2015', Tengrinews, 20 January 2016. "
        "https://en.tengrinews.kz/crime/extremism-convictions-doubled (accessed 1 December 2016).",
    ),
]

GOOD_DOCX = [
    ("title", "Tajik-Afghan border: incursions are likely to stay small-scale through 2017"),
    (
        "p",
        "Question: Will armed incursions across the Tajik-Afghan border grow in scale before the end "
        "of 2017?",
    ),
    ("h1", "Key judgments"),
    (
        "li",
        "We assess that incursions across the Tajik-Afghan border are likely (55–80%) to remain small "
        "raids by groups of fewer than 20 fighters through 31 December 2017. We have moderate confidence in "
        "this judgment because border incidents are reported by both governments and by independent media, "
        "but reporting from the Afghan side is sparse.",
    ),
    (
        "li",
        "We assess that a coordinated assault on a Tajik border post is unlikely (20–45%) before 31 December "
        "2017. We have low confidence in this judgment because we have no reporting on the plans of the "
        "groups in Kunduz.",
    ),
    ("h1", "Discussion"),
    (
        "p",
        "Tajik border guards reported clashes with armed smugglers in the Shamsiddin Shohin district in "
        "2016 (Asia-Plus 2016). Taliban fighters briefly seized districts of Kunduz province near the "
        "border in 2015 and 2016 (Reuters 2016). Russia keeps about 7,000 troops at its 201st base in "
        "Tajikistan (RFE/RL 2016).",
    ),
    ("h1", "Alternative explanations"),
    (
        "p",
        "An alternative hypothesis is that Taliban gains in Kunduz will push larger groups north. The "
        "Taliban's stated aims are confined to Afghanistan, which weighs against it (Reuters 2016).",
    ),
    ("h1", "Assumptions and gaps"),
    (
        "p",
        "We assume that Tajik border statements report serious incidents. Our main gap is reporting from "
        "the Afghan side of the river.",
    ),
    ("h1", "Indicators"),
    (
        "bullet",
        "Indicators that would raise our estimates: attacks on Tajik posts by groups of more than 20 "
        "fighters; Russian reinforcements to the border.",
    ),
    ("h1", "Source summary"),
    (
        "p",
        "Our judgments rest on an independent Tajik agency (Asia-Plus) and two international outlets "
        "(Reuters, RFE/RL). None is anonymous; Tajik official figures are not independently corroborated.",
    ),
    ("h1", "References"),
    (
        "bullet",
        "Asia-Plus (2016) 'Border guards clash with smugglers in Shamsiddin Shohin', Asia-Plus, 14 March "
        "2016. https://asiaplustj.info/en/news/tajikistan/security/20160314/border-clash (accessed 1 "
        "December 2016).",
    ),
    (
        "bullet",
        "Reuters (2016) 'Taliban seize district near Tajik border', Reuters, 26 August 2016. "
        "https://www.reuters.com/article/afghanistan-taliban-kunduz-district (accessed 1 December 2016).",
    ),
    (
        "bullet",
        "RFE/RL (2016) 'Russia's base in Tajikistan: what you need to know', Radio Free Europe/Radio "
        "Liberty, 10 October 2016. https://www.rferl.org/a/russia-201st-base-tajikistan/28044123.html "
        "(accessed 1 December 2016).",
    ),
]

GOOD_PDF = [
    ("title", "Andijan region: protests are unlikely to turn violent before 2018"),
    ("p", "Question: Will protests in Uzbekistan's Andijan region turn violent before the end of 2017?"),
    ("h1", "Bottom line up front"),
    (
        "p",
        "We assess that protests in Andijan region are unlikely (20–45%) to turn violent before 31 December "
        "2017. We have moderate confidence in this judgment because the new government has eased some "
        "economic grievances, but independent reporting from the region is scarce.",
    ),
    ("h1", "Discussion"),
    (
        "p",
        "Security forces killed hundreds of protesters in Andijan on 13 May 2005 (HRW 2005). Uzbekistan's "
        "new president ordered the release of some political prisoners in late 2016 (Reuters 2016). Local "
        "traders held small protests over currency controls in 2016 (Ozodlik 2016).",
    ),
    ("h1", "Alternative explanations"),
    (
        "p",
        "An alternative view is that the easing of controls will raise expectations faster than it meets "
        "them, which could lead to larger protests.",
    ),
    ("h1", "Assumptions and gaps"),
    (
        "p",
        "We assume that the government will keep easing economic controls. Our main gap is reporting from "
        "inside Andijan.",
    ),
    ("h1", "Indicators"),
    (
        "p",
        "Indicators: arrests of traders; reversal of the currency reform; protests in the Ferghana valley.",
    ),
    ("h1", "Source summary"),
    (
        "p",
        "Our judgments rest on an international NGO (HRW), an international wire (Reuters) and a "
        "Uzbek-language service of an international broadcaster (Ozodlik). None is anonymous.",
    ),
    ("h1", "References"),
    (
        "bullet",
        "HRW (2005) 'Bullets were falling like rain: the Andijan massacre', Human Rights Watch, 6 June "
        "2005. https://www.hrw.org/report/2005/06/06/bullets-were-falling-rain (accessed 1 December "
        "2016).",
    ),
    (
        "bullet",
        "Ozodlik (2016) 'Andijan traders protest currency rules', Radio Ozodlik, 12 July 2016. "
        "https://www.ozodlik.org/a/andijan-traders-protest/27853412.html (accessed 1 December 2016).",
    ),
    (
        "bullet",
        "Reuters (2016) 'Uzbekistan frees political prisoners', Reuters, 3 November 2016. "
        "https://www.reuters.com/article/uzbekistan-prisoners-release (accessed 1 December 2016).",
    ),
]

FLAWED_PDF = [
    ("title", "Militancy in the Ferghana valley: 2017 outlook"),
    ("p", "Question: Will militant violence in the Ferghana valley rise in 2017?"),
    ("h1", "Key judgments"),
    (
        "p",
        "We assess that militant groups might attempt attacks in the Ferghana valley in 2017. We have low "
        "confidence in this judgment because reporting from the valley is scarce.",
    ),
    ("h1", "Discussion"),
    (
        "p",
        "Kyrgyz security services reported detaining members of a cell in Osh in August 2016 (24.kg 2016). "
        "Uzbek authorities tightened controls on mosques in Namangan in 2016 (Ozodlik 2016).",
    ),
    ("h1", "References"),
    (
        "bullet",
        "24.kg (2016) 'Cell detained in Osh', 24.kg, 19 August 2016. https://24.kg/english/osh-cell "
        "(accessed 1 December 2016).",
    ),
    (
        "bullet",
        "Ozodlik (2016) 'Namangan mosques under watch', Radio Ozodlik, 2 May 2016. "
        "https://www.ozodlik.org/a/namangan-mosques/27710345.html (accessed 1 December 2016).",
    ),
]


def write_docx(parts: list[tuple[str, str]], path: Path) -> None:
    """Write a brief with real Word styles (Title, Heading 1, List Number, List Bullet)."""
    document = docx.Document()
    styles = {
        "title": "Title",
        "h1": "Heading 1",
        "p": "Normal",
        "li": "List Number",
        "bullet": "List Bullet",
    }
    for style, text in parts:
        document.add_paragraph(text, style=styles[style])
    document.core_properties.author = "assay audit corpus"
    document.save(str(path))


def write_pdf(parts: list[tuple[str, str]], path: Path) -> None:
    """Write a brief as a typeset A4 PDF through HTML."""
    body = []
    tags = {"title": "h1", "h1": "h2", "p": "p"}
    for style, text in parts:
        if style in {"li", "bullet"}:
            body.append(f"<p style='margin-left:1em'>{html.escape(text)}</p>")
        else:
            body.append(f"<{tags[style]}>{html.escape(text)}</{tags[style]}>")
    page = (
        "<html><head><meta charset='utf-8'><style>@page{size:A4;margin:2cm} body{font:11pt serif}"
        "</style></head><body>" + "\n".join(body) + "</body></html>"
    )
    HTML(string=page).write_pdf(str(path))


# A different house style: running head and "Page n of m" foot in the page margins, a masthead
# table, a title set large in a div, bold body-size headings, justified and hyphenated text with
# first-line indents and no paragraph spacing, and a data table of counts inside the discussion.
TABLES_PDF = """
<div class="masthead"><table>
<tr><td>To</td><td>Regional Security Unit</td></tr>
<tr><td>From</td><td>Open Source Cell</td></tr>
<tr><td>Date</td><td>12 January 2017</td></tr>
</table></div>
<div class="title">Osh province: ethnic clashes on the 2010 scale are very unlikely before the end of
2017</div>
<p class="lead">Question: Will ethnic violence in Kyrgyzstan's Osh province return to the scale of June 2010
before 31 December 2017?</p>
<p class="h">Key judgments</p>
<p>We assess that ethnic clashes in Osh province on the scale of June 2010 are very unlikely (5–20%) before
31 December 2017. We have moderate confidence in this judgment because official and independent counts of
incidents agree, but reporting from villages outside the city of Osh is thin.</p>
<p class="h">Discussion</p>
<p>Clashes between Kyrgyz and Uzbek residents of Osh and Jalal-Abad in June 2010 killed more than 400 people
(HRW 2010). Since then, reported interethnic incidents in the province have been small and local (Kloop 2016).
The counts below come from the prosecutor's office and an independent monitor; their agreement within a few
incidents each year supports our confidence in the trend.</p>
<table class="data">
<tr><th>Year</th><th>Incidents (prosecutor)</th><th>Incidents (monitor)</th><th>Deaths</th></tr>
<tr><td>2014</td><td>31</td><td>35</td><td>2</td></tr>
<tr><td>2015</td><td>24</td><td>27</td><td>1</td></tr>
<tr><td>2016</td><td>19</td><td>22</td><td>0</td></tr>
</table>
<p>Reported incidents fell from 31 in 2014 to 19 in 2016 in the prosecutor's count and from 35 to 22 in the
monitor's count (Kloop 2016). The government's community-policing programme, which began in 2013, operates in
every district of the province (Kloop 2016). Characteristically, local commentators attribute the decline
to the programme and to the departure of many young men for work in Russia (Eurasianet 2016).</p>
<p class="h">Alternative explanations</p>
<p>An alternative hypothesis is that the decline reflects under-reporting by a population that distrusts the
police, not fewer incidents. The independent monitor's counts track the official ones closely, which weighs
against it (Kloop 2016).</p>
<p class="h">Assumptions and gaps</p>
<p>We assume that the monitor's network covers the province's rural districts. Our main gap is reporting from
villages outside the city of Osh.</p>
<p class="h">Indicators</p>
<p>Indicators that would raise our estimate: a contested election in the province; the return of large
numbers of migrant workers from Russia; a killing that local media frame as ethnic.</p>
<p class="h">Source summary</p>
<p>Our judgments rest on an international NGO (HRW), an independent Kyrgyz outlet (Kloop) and an independent
regional outlet (Eurasianet). None is anonymous.</p>
<p class="h">References</p>
<p class="ref">Eurasianet (2016) 'Osh: six years after the violence', Eurasianet, 10 June 2016.
https://eurasianet.org/osh-six-years-after (accessed 5 January 2017).</p>
<p class="ref">HRW (2010) 'Where is the justice? Interethnic violence in southern Kyrgyzstan', Human Rights
Watch, 16 August 2010. https://www.hrw.org/report/2010/08/16/where-justice (accessed 5 January 2017).</p>
<p class="ref">Kloop (2016) 'Interethnic incidents in Osh province, 2014–2016', Kloop, 20 December 2016.
https://kloop.kg/osh-incidents-2014-2016 (accessed 5 January 2017).</p>
"""

TABLES_CSS = """
@page { size: A4; margin: 2.5cm 2cm;
  @top-center { content: "OFFICIAL — Open Source Cell"; font: 8pt sans-serif }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif } }
body { font: 10pt sans-serif; text-align: justify; hyphens: auto }
p { margin: 0; text-indent: 1.5em }
p.h { font-weight: bold; text-indent: 0; margin-top: 0.8em }
p.lead { text-indent: 0; margin-bottom: 0.8em }
p.ref { text-indent: -1.5em; margin-left: 1.5em; text-align: left }
.masthead td { padding: 0 2em 0 0; font-size: 9pt }
.title { font-size: 17pt; font-weight: bold; margin: 1em 0; text-align: left }
table.data { margin: 0.6em auto; border-collapse: collapse; font-size: 9pt }
table.data td, table.data th { padding: 2pt 10pt; text-align: right; border-bottom: 0.5pt solid #888 }
"""


def write_tables_pdf(path: Path) -> None:
    """Write the brief in the second house style, with tables and running heads."""
    page = (
        "<html lang='en'><head><meta charset='utf-8'><style>"
        + TABLES_CSS
        + "</style></head><body>"
        + TABLES_PDF
        + "</body></html>"
    )
    HTML(string=page).write_pdf(str(path))


def main() -> None:
    """Regenerate every binary brief."""
    write_docx(REGION_SCOPE, BRIEFS / "10-region-scope.docx")
    write_docx(GOOD_DOCX, BRIEFS / "11-good-numbered.docx")
    write_pdf(GOOD_PDF, BRIEFS / "12-good-bluf.pdf")
    write_pdf(FLAWED_PDF, BRIEFS / "13-missing-sections.pdf")
    write_tables_pdf(BRIEFS / "19-tables-running-heads.pdf")


if __name__ == "__main__":
    main()
