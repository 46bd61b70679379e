"""Regenerate the two binary documents of the central-asia-2016 example corpus.

Run from the repository root:
    .venv/bin/python examples/central-asia-2016/tools/make_binary_sources.py

Writes sources/2015-09-17_prokuratura-tj_statement-nazarzoda.pdf (matplotlib PdfPages, text kept
as real text with TrueType fonts so it can be extracted) and
sources/2016-09-15_kabar_peace-mission-2016-opens.docx (python-docx). The texts are the project's
own summaries of the cited public reports; see ../SOURCES.md.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
matplotlib.rcParams["pdf.fonttype"] = 42  # embed TrueType so text stays extractable
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from docx import Document  # noqa: E402

HERE = Path(__file__).resolve().parent.parent / "sources"

PDF_NAME = "2015-09-17_prokuratura-tj_statement-nazarzoda.pdf"
PDF_TITLE = "Official statement of the General Prosecutor's Office of the Republic of Tajikistan"
PDF_URL = "http://prokuratura.tj/en/news-eng/464-zayavlenie-generalnoj-prokuratury-respubliki-tadzhikistan-11.html"
PDF_PARAS = [
    "General Prosecutor's Office of the Republic of Tajikistan",
    "Dushanbe, 17.09.2015",
    PDF_TITLE,
    "Summary prepared for the assay example corpus. Source: " + PDF_URL,
    "According to the statement, on the night of 3 to 4 September 2015 former deputy minister of "
    "defence Abduhalim Nazarzoda, together with the head of the Defence Ministry's military "
    "inspectorate and former servicemen of a Defence Ministry battalion, drew up a plan for armed "
    "attacks on law enforcement officers in Dushanbe and in the Vahdat and Rudaki districts. Using "
    "their official positions they entered the ministry's central building and two military units and "
    "took large quantities of weapons and ammunition.",
    "The Prosecutor General's Office alleges that over several years Nazarzoda organised more than "
    "twenty small criminal groups on the direct instructions of Muhiddin Kabiri, chairman of the "
    "Islamic Renaissance Party of Tajikistan, that the final decision to attack was taken in August "
    "2015, and that large sums were transferred to the groups through charitable funds of certain "
    "circles abroad.",
    "The statement attributes to these groups the night attack on the Interior Ministry department "
    "in Vahdat and the killings of police officers at a crossroads in Dushanbe and in Rudaki "
    "district. Criminal cases were opened on 4 September 2015 against the organisers and members of "
    "the group. The statement does not mention the Islamic State group.",
]

DOCX_NAME = "2016-09-15_kabar_peace-mission-2016-opens.docx"
DOCX_TITLE = "Opening ceremony of SCO joint exercise Peace Mission-2016 held in Balykchy"
DOCX_URL = "http://kabar.kg/eng/news/opening-ceremony-of-sco-joint-exercise-peace-mission-2016-held-in-balykchy/"
DOCX_PARAS = [
    "Bishkek, September 15, 2016 / Kabar /. The official opening of the joint anti-terrorist exercise "
    "of the armed forces of the Shanghai Cooperation Organization member states, Peace Mission-2016, "
    "took place today at the Edelweiss training ground near Balykchy in Issyk-Kul region, the press "
    "service of the General Staff of the Armed Forces of the Kyrgyz Republic reports.",
    "Troops of Kyrgyzstan, Kazakhstan, China, Russia and Tajikistan lined up for the ceremony. In all "
    "about two thousand servicemen, three hundred units of military equipment, most of it modernised, "
    "and about forty aircraft and helicopters are involved.",
    "It is the fourth such exercise in the SCO area and the first on Kyrgyz territory. The heads of the "
    "foreign contingents thanked the Kyrgyz side for its hospitality and for the work done to prepare "
    "the drills, which run until September 21.",
]


def make_pdf(path: Path) -> None:
    with PdfPages(path) as pdf:
        fig = plt.figure(figsize=(8.27, 11.69))  # A4 portrait
        y = 0.95
        for i, para in enumerate(PDF_PARAS):
            size = 12 if i in (0, 2) else 10
            weight = "bold" if i in (0, 2) else "normal"
            for line in textwrap.wrap(para, 95 if size == 10 else 80):
                fig.text(0.07, y, line, fontsize=size, fontweight=weight, family="DejaVu Sans")
                y -= 0.022 if size == 10 else 0.026
            y -= 0.015
        pdf.savefig(fig)
        plt.close(fig)
        info = pdf.infodict()
        info["Title"] = PDF_TITLE
        info["Subject"] = PDF_URL
        info["CreationDate"] = dt.datetime(2015, 9, 17, 12, 0, tzinfo=dt.timezone.utc)


def make_docx(path: Path) -> None:
    doc = Document()
    props = doc.core_properties
    props.title = DOCX_TITLE
    props.author = ""
    props.subject = DOCX_URL
    props.created = dt.datetime(2016, 9, 15, 9, 0)
    doc.add_heading(DOCX_TITLE, level=1)
    doc.add_paragraph("Kabar National News Agency - 15 September 2016 - " + DOCX_URL)
    for para in DOCX_PARAS:
        doc.add_paragraph(para)
    doc.save(path)


if __name__ == "__main__":
    make_pdf(HERE / PDF_NAME)
    make_docx(HERE / DOCX_NAME)
    print("wrote", PDF_NAME, DOCX_NAME)
