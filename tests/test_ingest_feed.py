"""RSS and Atom files: items become articles from their content or summary."""
from __future__ import annotations

from recoupe.ingest import IngestError, load

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Le Journal - International</title><link>https://journal.example/</link><language>fr-fr</language>
<item><title>L’OTAN envisage d’envoyer des formateurs en Ukraine</title>
<link>https://journal.example/otan-formateurs</link><guid>https://journal.example/otan-formateurs</guid>
<pubDate>Fri, 17 May 2024 09:30:00 +0200</pubDate>
<description><![CDATA[<p>Selon le <b>New York Times</b>, les alliés envisagent d’envoyer des formateurs ℹ️ en Ukraine.</p><p>Lire aussi : Macron et les troupes</p><p>Kiev demande à former 150 000 recrues.</p>]]></description>
</item>
<item><title>Le Kremlin met en garde</title><link>https://journal.example/kremlin</link>
<pubDate>Sat, 18 May 2024 10:00:00 GMT</pubDate>
<description>Moscou a averti que l’envoi de troupes serait une escalade.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>World Desk</title><id>urn:uuid:world-desk</id><updated>2024-05-18T12:00:00Z</updated>
<entry><title>NATO allies edge closer to sending trainers</title><id>urn:uuid:entry-1</id>
<link href="https://desk.example/nato-trainers"/><published>2024-05-16T20:15:00Z</published>
<updated>2024-05-17T08:00:00Z</updated><author><name>Jane Roe</name></author>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;NATO allies are moving closer to sending troops into Ukraine to train its forces.&lt;/p&gt;&lt;p&gt;Read more: Other story&lt;/p&gt;&lt;p&gt;Kyiv asked for help to train 150,000 recruits.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_file_items_become_articles(tmp_path):
    f = tmp_path / "journal.rss"
    f.write_text(RSS, encoding="utf-8")
    results = list(load([str(f)]))
    assert len(results) == 2 and all(not isinstance(r, IngestError) for r in results), results
    first, second = results
    assert first.title == "L’OTAN envisage d’envoyer des formateurs en Ukraine"
    assert first.text == ("Selon le New York Times, les alliés envisagent d’envoyer des formateurs en Ukraine.\n"
                          "Kiev demande à former 150 000 recrues.")
    assert first.published == "2024-05-17T07:30:00+00:00"
    assert first.language == "fr"
    assert first.source.feed == str(f) and first.source.url == "https://journal.example/otan-formateurs"
    assert first.source.outlet == "Le Journal - International" and first.source.path is None
    assert first.id.startswith("item-") and "." not in first.id
    assert second.text == "Moscou a averti que l’envoi de troupes serait une escalade."
    # stable ids: the same feed read again gives the same ids
    assert [r.id for r in load([str(f)])] == [first.id, second.id]


def test_atom_file_uses_the_full_content(tmp_path):
    f = tmp_path / "desk.atom"
    f.write_text(ATOM, encoding="utf-8")
    [a] = list(load([str(f)]))
    assert a.title == "NATO allies edge closer to sending trainers"
    assert a.text == ("NATO allies are moving closer to sending troops into Ukraine to train its forces.\n"
                      "Kyiv asked for help to train 150,000 recruits.")
    assert a.published == "2024-05-16T20:15:00+00:00"
    assert a.language == "en" and a.metadata["byline"] == "Jane Roe"


def test_feed_in_a_txt_file_is_sniffed(tmp_path):
    f = tmp_path / "saved-feed.txt"
    f.write_text(RSS, encoding="utf-8")
    assert len([r for r in load([str(f)]) if not isinstance(r, IngestError)]) == 2


def test_xml_that_is_not_a_feed(tmp_path):
    f = tmp_path / "config.xml"
    f.write_text('<?xml version="1.0"?><config><option name="a">1</option></config>', encoding="utf-8")
    [err] = list(load([str(f)]))
    assert isinstance(err, IngestError) and err.input == str(f)
    assert "not an RSS or Atom feed" in err.problem
